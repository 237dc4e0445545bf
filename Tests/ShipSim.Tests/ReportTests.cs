using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using ShipSim.Scenarios.Files;

namespace ShipSim.ShipSim.Tests;

/// <summary>The HTML report: self-contained, a lane per node and per airlock, every screen's text over time in its
/// data, the marks of the timeline; and (where Chromium is installed) it renders.</summary>
public partial class ReportTests
{
    static readonly Lazy<(ScenarioOutcome Outcome, string Html)> Tiny = new(() =>
    {
        var outcome = ScenarioRunner.Run(ScenarioReader.Read(RunVerbTests.TinyScenario, "tiny.yaml"));
        return (outcome, ScenarioReport.Render(outcome));
    });

    [GeneratedRegex("""(?:src|href)\s*=\s*"(?!#)[^"]*"|@import|url\((?!#)""")]
    private static partial Regex ExternalReference();

    [Fact]
    public void ThePageIsSelfContained()
    {
        var html = Tiny.Value.Html;
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Empty(ExternalReference().Matches(html).Select(m => m.Value));
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTimelineHasALanePerNodeAndAirlockAndMarksTheTimeline()
    {
        var html = Tiny.Value.Html;
        Assert.Contains("<svg id=\"timeline-svg\"", html, StringComparison.Ordinal);
        Assert.Contains("<g class=\"lane node\"><text class=\"label\" x=\"4\" y=\"", html, StringComparison.Ordinal);
        Assert.Contains(">PB</text>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"mark command\" data-tick=\"60\"", html, StringComparison.Ordinal);
        Assert.Contains("<circle class=\"mark met\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"range\" id=\"slider\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"cursor\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDataHoldsEveryScreensTextOverTime()
    {
        var html = Tiny.Value.Html;
        const string open = "<script type=\"application/json\" id=\"report-data\">";
        var start = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        var json = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        using var data = JsonDocument.Parse(json);
        var screens = data.RootElement.GetProperty("screens").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("changes"));
        Assert.Contains("PB (screen)", screens.Keys);
        Assert.Contains("PB (detailed info)", screens.Keys);
        var lcd = screens["Screen"].EnumerateArray().Select(c => (Tick: c[0].GetInt64(), Text: c[1].GetString())).ToList();
        Assert.Contains(lcd, c => c.Text == "door: Opening" && c.Tick == 60);
        Assert.Contains(lcd, c => c.Text == "door: Open");
        Assert.Contains(screens["PB (detailed info)"].EnumerateArray(), c => c[1].GetString()!.Contains("ran with open", StringComparison.Ordinal));
    }

    [Fact]
    public void TextIsEscaped()
    {
        var outcome = ScenarioRunner.Run(ScenarioReader.Read(RunVerbTests.TinyScenario.Replace("name: tiny", "name: \"<b>bold</b> & </script>\"", StringComparison.Ordinal), "x.yaml"));
        var html = ScenarioReport.Render(outcome);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "</script>"));
    }

    [ChromiumFact]
    public void ChromiumRendersTheReport()
    {
        var folder = Directory.CreateTempSubdirectory("report-").FullName;
        var page = Path.Combine(folder, "report.html");
        var png = Path.Combine(folder, "report.png");
        File.WriteAllText(page, Tiny.Value.Html);
        var start = new ProcessStartInfo(ChromiumFactAttribute.Chromium!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,900", "--screenshot=" + png, new Uri(page).AbsoluteUri })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 10_000);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }
}

/// <summary>A test that needs headless Chromium (Debian's chromium package,
/// Simulator/ShipSim/tools/install-chromium.sh); skipped where it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public static readonly string? Chromium = new[] { "chromium", "chromium-browser" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);

    public ChromiumFactAttribute()
    {
        if (Chromium == null)
            Skip = "Chromium is not installed (Simulator/ShipSim/tools/install-chromium.sh installs it)";
    }
}
