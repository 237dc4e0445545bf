using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ShipSim.World.Core;

namespace ShipSim.Scenarios.Files;

/// <summary>
/// The HTML report of a scenario run: one self-contained page (inline CSS, SVG and script; no external resource).
/// An SVG timeline shows every node's role and the blocks it acted on, each airlock's phase, its doors (and whether
/// they are locked) and its chamber's oxygen, with faults, commands and expectations marked; a slider (or a click on
/// the timeline) shows the text of every screen - each programmable block's screen and detailed info, every LCD - at
/// that moment.
/// </summary>
public static class ScenarioReport
{
    const int LabelWidth = 190;
    const int PlotWidth = 1000;
    const int RowHeight = 20;
    const int OxygenHeight = 44;
    const int Gap = 6;

    /// <summary>Colours of roles and phases (also the legend).</summary>
    public static readonly IReadOnlyDictionary<string, string> Colours = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["active"] = "#2e9d4f", ["standby"] = "#3b6fb6", ["starting"] = "#7fa7c9", ["running"] = "#2a9d9d",
        ["off"] = "#8a8a8a", ["crashed"] = "#e07b00", ["destroyed"] = "#222222", ["no script"] = "#8e44ad",
        [AirlockPhases.Sealed] = "#5b6b7a", [AirlockPhases.Depressurizing] = "#c0392b", [AirlockPhases.Pressurizing] = "#2980b9",
        [AirlockPhases.Moving] = "#d4ac0d", [AirlockPhases.OpenInside] = "#27ae60", [AirlockPhases.OpenOutside] = "#8e44ad",
        [AirlockPhases.BothOpen] = "#ff0000", [AirlockPhases.Gone] = "#222222",
        ["open"] = "#f1c40f", ["opening"] = "#f7dc6f", ["closing"] = "#f7dc6f", ["closed"] = "#34495e",
    };

    public static void Write(ScenarioOutcome outcome, TextWriter output) => output.Write(Render(outcome));

    public static string Render(ScenarioOutcome outcome)
    {
        var recording = outcome.Recording;
        var ticks = Math.Max(1, recording.Ticks);
        var html = new StringBuilder();
        var title = outcome.Definition.Name;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append(" - ShipSim report</title>\n");
        html.Append("<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>").Append(E(title)).Append("</h1>\n");
        if (outcome.Definition.Description.Length > 0)
            html.Append("<p class=\"description\">").Append(E(outcome.Definition.Description)).Append("</p>\n");
        var met = outcome.Expectations.Count(e => e.Passed);
        html.Append("<p class=\"verdict ").Append(outcome.Passed ? "pass" : "fail").Append("\">")
            .Append(outcome.Passed ? "PASSED" : "FAILED").Append(": ").Append(met).Append(" of ").Append(outcome.Expectations.Count)
            .Append(" expectations met, ").Append(outcome.Violations.Count).Append(" invariant violations; ")
            .Append(outcome.Ship.Nodes.Count).Append(" programmable blocks, ").Append(outcome.Ship.Airlocks.Count).Append(" airlocks, seed ")
            .Append(outcome.Definition.Seed).Append(", ").Append(ticks.ToString("N0", CultureInfo.InvariantCulture)).Append(" ticks (")
            .Append(Clock(ticks)).Append("), ").Append(outcome.Runs.ToString("N0", CultureInfo.InvariantCulture)).Append(" script runs</p>\n</header>\n");

        html.Append("<section id=\"timeline\">\n");
        AppendSvg(html, outcome, ticks);
        html.Append("<div id=\"controls\"><label for=\"slider\">Moment</label> <input type=\"range\" id=\"slider\" min=\"0\" max=\"").Append(ticks)
            .Append("\" step=\"1\" value=\"").Append(ticks).Append("\"> <output id=\"now\" for=\"slider\">tick ").Append(ticks).Append("</output></div>\n");
        html.Append("<div id=\"state\"></div>\n</section>\n");

        html.Append("<section id=\"screens\">\n<h2>Screens at the chosen moment</h2>\n<div class=\"screen-grid\">\n");
        for (var i = 0; i < recording.Screens.Count; i++)
        {
            var screen = recording.Screens[i];
            var last = screen.Texts.Count > 0 ? screen.Texts[^1].Value : "";
            html.Append("<figure class=\"screen\"><figcaption>").Append(E(screen.Name)).Append("</figcaption><pre id=\"screen-").Append(i).Append("\">")
                .Append(E(last)).Append("</pre></figure>\n");
        }
        html.Append("</div>\n</section>\n");

        html.Append("<section id=\"expectations\">\n<h2>Expectations and invariants</h2>\n<table>\n<thead><tr><th>line</th><th>expectation</th><th>verdict</th><th>tick</th><th>observed</th></tr></thead>\n<tbody>\n");
        foreach (var result in outcome.Expectations)
            html.Append("<tr class=\"").Append(result.Passed ? "pass" : "fail").Append("\"><td>").Append(result.Entry.At.Line).Append("</td><td>")
                .Append(E(result.Entry.Describe())).Append("</td><td>").Append(result.Passed ? "met" : "NOT met").Append("</td><td><a href=\"#\" data-tick=\"")
                .Append(result.DecidedAt).Append("\">").Append(result.DecidedAt).Append("</a></td><td>").Append(E(result.Observed)).Append("</td></tr>\n");
        foreach (var violation in outcome.Violations)
            html.Append("<tr class=\"fail\"><td></td><td>").Append(E(violation.Checker)).Append("</td><td>VIOLATED</td><td><a href=\"#\" data-tick=\"")
                .Append(violation.Tick).Append("\">").Append(violation.Tick).Append("</a></td><td>").Append(E(violation.Message)).Append("</td></tr>\n");
        html.Append("</tbody>\n</table>\n</section>\n");

        html.Append("<script type=\"application/json\" id=\"report-data\">").Append(Data(outcome, ticks)).Append("</script>\n");
        html.Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    static string E(string text) => WebUtility.HtmlEncode(text);

    static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    static string Clock(long tick) => TimeSpan.FromSeconds((double)tick / SimWorld.TicksPerSecond).ToString(@"m\:ss", CultureInfo.InvariantCulture);

    static double X(long tick, long ticks) => LabelWidth + (double)tick / ticks * PlotWidth;

    static void AppendSvg(StringBuilder svg, ScenarioOutcome outcome, long ticks)
    {
        var recording = outcome.Recording;
        var rows = new StringBuilder();
        var y = 24;
        rows.Append("<g class=\"axis\">");
        var step = AxisStep(ticks);
        for (long t = 0; t <= ticks; t += step)
            rows.Append("<line x1=\"").Append(F(X(t, ticks))).Append("\" y1=\"16\" x2=\"").Append(F(X(t, ticks))).Append("\" y2=\"20\"/><text x=\"")
                .Append(F(X(t, ticks))).Append("\" y=\"12\" text-anchor=\"middle\">").Append(Clock(t)).Append("</text>");
        rows.Append("</g>\n");

        Heading(rows, ref y, "Nodes (role as the world and the block's screen show it; ticks mark the blocks it changed)");
        foreach (var node in recording.Nodes)
        {
            Lane(rows, y, node.Name, node.Roles, ticks, "node");
            foreach (var (tick, block) in node.Acted)
                rows.Append("<line class=\"acted\" x1=\"").Append(F(X(tick, ticks))).Append("\" y1=\"").Append(y).Append("\" x2=\"")
                    .Append(F(X(tick, ticks))).Append("\" y2=\"").Append(y + 5).Append("\"><title>").Append(E($"tick {tick}: {node.Name} changed {block}"))
                    .Append("</title></line>");
            rows.Append('\n');
            y += RowHeight + 2;
        }
        foreach (var airlock in recording.Airlocks)
        {
            y += Gap;
            Heading(rows, ref y, airlock.Name);
            Lane(rows, y, "phase", airlock.Phases, ticks, "phase");
            y += RowHeight + 2;
            Lane(rows, y, "inner doors", airlock.Inner, ticks, "door");
            y += RowHeight + 2;
            Lane(rows, y, "outer doors", airlock.Outer, ticks, "door");
            y += RowHeight + 2;
            rows.Append("<text class=\"label\" x=\"4\" y=\"").Append(y + OxygenHeight / 2 + 4).Append("\">chamber oxygen</text>");
            rows.Append("<rect class=\"oxygen-bg\" x=\"").Append(LabelWidth).Append("\" y=\"").Append(y).Append("\" width=\"").Append(PlotWidth)
                .Append("\" height=\"").Append(OxygenHeight).Append("\"/>");
            var points = string.Join(" ", airlock.Oxygen.Select(p => F(X(p.Tick, ticks)) + "," + F(y + OxygenHeight - p.Level * OxygenHeight)));
            rows.Append("<polyline class=\"oxygen\" points=\"").Append(points).Append("\"><title>").Append(E(airlock.Name)).Append(" chamber oxygen (0 to 100 %)</title></polyline>");
            rows.Append("<text class=\"small\" x=\"").Append(LabelWidth - 4).Append("\" y=\"").Append(y + 9).Append("\" text-anchor=\"end\">100%</text>");
            rows.Append("<text class=\"small\" x=\"").Append(LabelWidth - 4).Append("\" y=\"").Append(y + OxygenHeight).Append("\" text-anchor=\"end\">0%</text>\n");
            y += OxygenHeight + 2;
        }
        y += Gap;
        var top = 20;
        var marks = new StringBuilder();
        foreach (var mark in recording.Marks)
        {
            var x = F(X(mark.Tick, ticks));
            var kind = mark.Kind switch { "press" => "command", "met" or "failed" or "fault" or "command" => mark.Kind, _ => "violation" };
            var text = E($"tick {mark.Tick} ({Clock(mark.Tick)}) {mark.Kind}: {mark.Text}");
            if (kind is "met" or "failed")
            {
                marks.Append("<circle class=\"mark ").Append(kind).Append("\" cx=\"").Append(x).Append("\" cy=\"").Append(y + 6).Append("\" r=\"5\" data-tick=\"")
                    .Append(mark.Tick).Append("\"><title>").Append(text).Append("</title></circle>\n");
                continue;
            }
            marks.Append("<g class=\"mark ").Append(kind).Append("\" data-tick=\"").Append(mark.Tick).Append("\"><line x1=\"").Append(x).Append("\" y1=\"").Append(top)
                .Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(y).Append("\"/><title>").Append(text).Append("</title></g>\n");
        }
        var height = y + 40;
        svg.Append("<svg id=\"timeline-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(LabelWidth + PlotWidth + 10).Append(' ').Append(height)
            .Append("\" width=\"").Append(LabelWidth + PlotWidth + 10).Append("\" height=\"").Append(height).Append("\" role=\"img\" aria-label=\"timeline\">\n");
        svg.Append("<defs><pattern id=\"locked\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"2\" height=\"6\" fill=\"#e74c3c\"/></pattern></defs>\n");
        svg.Append(rows).Append(marks);
        svg.Append("<text class=\"label\" x=\"4\" y=\"").Append(y + 10).Append("\">expectations</text>\n");
        AppendLegend(svg, y + 28);
        svg.Append("<line id=\"cursor\" x1=\"").Append(F(X(ticks, ticks))).Append("\" y1=\"").Append(top).Append("\" x2=\"").Append(F(X(ticks, ticks)))
            .Append("\" y2=\"").Append(y + 14).Append("\"/>\n</svg>\n");
    }

    static void AppendLegend(StringBuilder svg, int y)
    {
        var x = 4;
        svg.Append("<g class=\"legend\">");
        foreach (var (name, colour) in new[] { "active", "standby", "off", "crashed", "destroyed", AirlockPhases.Sealed, AirlockPhases.Depressurizing,
            AirlockPhases.Pressurizing, AirlockPhases.Moving, AirlockPhases.OpenInside, AirlockPhases.OpenOutside, "open", "closed" }.Select(n => (n, Colours[n])))
        {
            svg.Append("<rect x=\"").Append(x).Append("\" y=\"").Append(y - 9).Append("\" width=\"10\" height=\"10\" fill=\"").Append(colour).Append("\"/><text x=\"")
                .Append(x + 13).Append("\" y=\"").Append(y).Append("\">").Append(E(name)).Append("</text>");
            x += 18 + name.Length * 7;
        }
        svg.Append("<rect x=\"").Append(x).Append("\" y=\"").Append(y - 9).Append("\" width=\"10\" height=\"10\" fill=\"url(#locked)\"/><text x=\"").Append(x + 13)
            .Append("\" y=\"").Append(y).Append("\">locked</text>");
        x += 70;
        svg.Append("<line class=\"mark-fault\" x1=\"").Append(x).Append("\" y1=\"").Append(y - 10).Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(y + 1)
            .Append("\"/><text x=\"").Append(x + 4).Append("\" y=\"").Append(y).Append("\">fault</text>");
        x += 50;
        svg.Append("<line class=\"mark-command\" x1=\"").Append(x).Append("\" y1=\"").Append(y - 10).Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(y + 1)
            .Append("\"/><text x=\"").Append(x + 4).Append("\" y=\"").Append(y).Append("\">command</text></g>\n");
    }

    static long AxisStep(long ticks)
    {
        foreach (var seconds in new long[] { 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600 })
            if (ticks / (seconds * SimWorld.TicksPerSecond) <= 12)
                return seconds * SimWorld.TicksPerSecond;
        return 7200 * SimWorld.TicksPerSecond;
    }

    static void Heading(StringBuilder rows, ref int y, string text)
    {
        rows.Append("<text class=\"heading\" x=\"4\" y=\"").Append(y + 12).Append("\">").Append(E(text)).Append("</text>\n");
        y += 18;
    }

    static void Lane(StringBuilder rows, int y, string label, IReadOnlyList<Change<string>> changes, long ticks, string kind)
    {
        rows.Append("<g class=\"lane ").Append(kind).Append("\"><text class=\"label\" x=\"4\" y=\"").Append(y + 14).Append("\">").Append(E(label)).Append("</text>");
        for (var i = 0; i < changes.Count; i++)
        {
            var from = changes[i].Tick;
            var to = i + 1 < changes.Count ? changes[i + 1].Tick : ticks;
            var value = changes[i].Value;
            var locked = value.EndsWith(" locked", StringComparison.Ordinal);
            var word = locked ? value[..^7] : value;
            var x = X(from, ticks);
            var width = Math.Max(0.5, X(to, ticks) - x);
            var tip = E($"{label}: {value} from tick {from} ({Clock(from)}) to {to} ({Clock(to)})");
            rows.Append("<rect class=\"segment\" data-value=\"").Append(E(value)).Append("\" x=\"").Append(F(x)).Append("\" y=\"").Append(y).Append("\" width=\"").Append(F(width))
                .Append("\" height=\"").Append(RowHeight).Append("\" fill=\"").Append(Colours.GetValueOrDefault(word, "#999999")).Append("\"><title>").Append(tip).Append("</title></rect>");
            if (locked)
                rows.Append("<rect x=\"").Append(F(x)).Append("\" y=\"").Append(y).Append("\" width=\"").Append(F(width)).Append("\" height=\"").Append(RowHeight)
                    .Append("\" fill=\"url(#locked)\" opacity=\"0.6\" pointer-events=\"none\"/>");
            if (width > 60)
                rows.Append("<text class=\"in-segment\" x=\"").Append(F(x + 4)).Append("\" y=\"").Append(y + 14).Append("\" pointer-events=\"none\">").Append(E(value)).Append("</text>");
        }
        rows.Append("</g>\n");
    }

    /// <summary>The data the page's script reads: every screen's texts and every lane's changes, by tick.</summary>
    static string Data(ScenarioOutcome outcome, long ticks)
    {
        var recording = outcome.Recording;
        var data = new
        {
            ticks,
            ticksPerSecond = SimWorld.TicksPerSecond,
            plot = new { left = LabelWidth, width = PlotWidth },
            screens = recording.Screens.Select(s => new { name = s.Name, changes = s.Texts.Select(c => new object[] { c.Tick, c.Value }) }),
            lanes = recording.Nodes.Select(n => new { name = n.Name, changes = n.Roles.Select(c => new object[] { c.Tick, c.Value }) })
                .Concat(recording.Airlocks.Select(a => new { name = a.Name, changes = a.Phases.Select(c => new object[] { c.Tick, c.Value }) })),
            oxygen = recording.Airlocks.Select(a => new { name = a.Name, samples = a.Oxygen.Select(p => new object[] { p.Tick, p.Level }) }),
        };
        // The default encoder escapes <, > and &, so the JSON cannot end the script element.
        return JsonSerializer.Serialize(data);
    }

    const string Css = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 16px; background: #11161c; color: #dfe6ee; }
        h1 { font-size: 20px; margin: 0 0 4px 0; }
        h2 { font-size: 16px; margin: 16px 0 8px 0; }
        .description { margin: 0 0 6px 0; color: #aab6c2; }
        .verdict { font-weight: bold; margin: 4px 0 10px 0; }
        .verdict.pass { color: #52d273; }
        .verdict.fail { color: #ff6b6b; }
        #timeline-svg { background: #1a2129; border: 1px solid #2c3844; cursor: crosshair; max-width: 100%; height: auto; }
        #timeline-svg text { fill: #dfe6ee; font-size: 11px; }
        #timeline-svg text.heading { font-weight: bold; font-size: 12px; }
        #timeline-svg text.small { font-size: 9px; fill: #aab6c2; }
        #timeline-svg text.in-segment { fill: #ffffff; font-size: 10px; }
        #timeline-svg .axis line { stroke: #7f8c8d; }
        #timeline-svg .acted { stroke: #ffffff; stroke-width: 1; }
        #timeline-svg .oxygen-bg { fill: #0d1116; }
        #timeline-svg .oxygen { fill: none; stroke: #5dade2; stroke-width: 1.5; }
        #timeline-svg .mark.fault line, .mark-fault { stroke: #ff4d4d; stroke-width: 2; stroke-dasharray: 4 2; }
        #timeline-svg .mark.command line, .mark-command { stroke: #7fb3ff; stroke-width: 1.5; }
        #timeline-svg .mark.violation line { stroke: #ff00ff; stroke-width: 2; }
        #timeline-svg circle.met { fill: #52d273; }
        #timeline-svg circle.failed { fill: #ff4d4d; }
        #cursor { stroke: #ffffff; stroke-width: 1.5; stroke-dasharray: 2 2; }
        #controls { margin: 8px 0; display: flex; gap: 10px; align-items: center; }
        #slider { width: 700px; }
        #state { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; color: #aab6c2; white-space: pre-wrap; }
        .screen-grid { display: flex; flex-wrap: wrap; gap: 10px; }
        .screen { margin: 0; background: #0b0f13; border: 1px solid #2c3844; width: 360px; }
        .screen figcaption { background: #22303c; padding: 3px 6px; font-size: 12px; }
        .screen pre { margin: 0; padding: 6px; font-family: "DejaVu Sans Mono", monospace; font-size: 11px; min-height: 40px; max-height: 220px; overflow: auto; white-space: pre-wrap; color: #9fe3a3; }
        table { border-collapse: collapse; font-size: 12px; }
        td, th { border: 1px solid #2c3844; padding: 3px 6px; text-align: left; vertical-align: top; }
        tr.pass td:nth-child(3) { color: #52d273; }
        tr.fail td:nth-child(3) { color: #ff6b6b; font-weight: bold; }
        a { color: #7fb3ff; }
        """;

    const string Script = """
        (function () {
          var data = JSON.parse(document.getElementById('report-data').textContent);
          var slider = document.getElementById('slider');
          var now = document.getElementById('now');
          var cursor = document.getElementById('cursor');
          var state = document.getElementById('state');
          var svg = document.getElementById('timeline-svg');
          function at(changes, tick) {
            var lo = 0, hi = changes.length - 1, found = -1;
            while (lo <= hi) {
              var mid = (lo + hi) >> 1;
              if (changes[mid][0] <= tick) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
            }
            return found < 0 ? '' : changes[found][1];
          }
          function clock(tick) {
            var s = tick / data.ticksPerSecond, m = Math.floor(s / 60);
            return m + ':' + ('0' + (s - m * 60).toFixed(2)).slice(-5);
          }
          function show(tick) {
            tick = Math.max(0, Math.min(data.ticks, Math.round(tick)));
            slider.value = tick;
            now.textContent = 'tick ' + tick + ' (' + clock(tick) + ')';
            var x = data.plot.left + tick / data.ticks * data.plot.width;
            cursor.setAttribute('x1', x);
            cursor.setAttribute('x2', x);
            data.screens.forEach(function (screen, i) {
              var pre = document.getElementById('screen-' + i);
              var text = at(screen.changes, tick);
              if (pre.textContent !== text) { pre.textContent = text; }
            });
            var lines = data.lanes.map(function (lane) { return lane.name + ': ' + at(lane.changes, tick); });
            data.oxygen.forEach(function (o) { lines.push(o.name + ' oxygen: ' + Math.round(100 * Number(at(o.samples, tick) || 0)) + ' %'); });
            state.textContent = lines.join('   ');
          }
          slider.addEventListener('input', function () { show(Number(slider.value)); });
          svg.addEventListener('click', function (e) {
            var point = svg.createSVGPoint();
            point.x = e.clientX; point.y = e.clientY;
            var local = point.matrixTransform(svg.getScreenCTM().inverse());
            show((local.x - data.plot.left) / data.plot.width * data.ticks);
          });
          document.querySelectorAll('a[data-tick]').forEach(function (a) {
            a.addEventListener('click', function (e) { e.preventDefault(); show(Number(a.getAttribute('data-tick'))); window.scrollTo(0, 0); });
          });
          var start = Number(new URLSearchParams(window.location.search).get('tick'));
          show(start > 0 ? start : data.ticks);
        })();
        """;
}
