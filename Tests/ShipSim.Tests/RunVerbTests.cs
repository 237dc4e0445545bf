using ShipSim.Cli;

namespace ShipSim.ShipSim.Tests;

/// <summary>The run verb: scenario files that are wrong say where, failed expectations fail the run, the report and
/// the trace are written.</summary>
public class RunVerbTests
{
    // A small script: it opens "Door" when told "open", and echoes what it did.
    internal const string TinyScenario = """
        name: tiny
        seed: 3
        script:
          text: |
            public Program() { Runtime.UpdateFrequency = UpdateFrequency.Update10; }
            public void Main(string argument)
            {
                var door = (IMyDoor)GridTerminalSystem.GetBlockWithName("Door");
                if (argument == "open") door.OpenDoor();
                var lcd = (IMyTextPanel)GridTerminalSystem.GetBlockWithName("Screen");
                lcd.WriteText("door: " + door.Status);
                Echo("ran with " + argument);
            }
        grids:
          - name: Ship
            rooms: [ { name: Hall, volume: 50 } ]
            pbs: [ { name: PB } ]
            blocks:
              - { type: door, name: Door, room: Hall }
              - { type: lcd, name: Screen }
              - type: button
                name: Button
                buttons: [ [ { run: PB, argument: open } ] ]
        timeline:
          - at: 1s
            press: Button
          - by: 3s
            expect: [ { block: Door, is: open }, { screen: Screen, contains: "door: Open" }, { acted: PB } ]
          - at: 4s
            expect: { block: PB, is: running }
        """;

    [Fact]
    public void AScenarioWhoseExpectationsHoldExits0AndWritesReportAndTrace()
    {
        var file = Tool.TempFile("tiny.yaml", TinyScenario);
        var report = Path.ChangeExtension(file, ".html");
        var trace = Path.ChangeExtension(file, ".jsonl");
        var result = Tool.Run("run", file, "--report", report, "--trace", trace);
        Assert.True(result.Exit == 0, result.All);
        Assert.Contains("PASSED: 4 of 4", result.Out, StringComparison.Ordinal);
        Assert.Contains("press    press Button", result.Out, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(report), StringComparison.Ordinal);
        var lines = File.ReadAllLines(trace);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => System.Text.Json.JsonDocument.Parse(line).Dispose());
    }

    [Fact]
    public void AFailedExpectationIsListedWithItsLineAndTheRunExits1()
    {
        var file = Tool.TempFile("fail.yaml", TinyScenario.Replace("is: running", "is: crashed", StringComparison.Ordinal));
        var result = Tool.Run("run", file);
        Assert.Equal(ShipSimApp.Failed, result.Exit);
        Assert.Contains($"FAILED line {LineOf(TinyScenario, "is: running")}: PB is crashed at tick 240: NOT met at tick 240 (PB is working, powered, enabled, running)", result.Out.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("3 of 4 expectation(s) met", result.Out, StringComparison.Ordinal);
    }

    static int LineOf(string text, string part) =>
        text.Split('\n').Select((line, i) => (line, i)).First(l => l.line.Contains(part, StringComparison.Ordinal)).i + 1;

    [Fact]
    public void AMalformedFileGetsItsErrorsWithLineAndColumn()
    {
        var file = Tool.TempFile("bad.yaml", "name: bad\ngrids:\n  - name: Ship\n    pbs: [ { name: PB }\n");
        var result = Tool.Run("run", file);
        Assert.Equal(ShipSimApp.Failed, result.Exit);
        Assert.Matches(@"bad\.yaml:\d+:\d+: ", result.Error);
        Assert.Contains("nothing was played", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryWrongValueIsReportedAtItsPlace()
    {
        var text = """
            name: wrong
            seed: minus one
            grids:
              - name: Ship
                colour: red
                pbs: [ { name: PB, rank: -2 } ]
            timeline:
              - at: soon
                command: x
              - by: 2s
                expect: { airlock: Airlock 1 }
              - at: 1s
            """;
        var file = Tool.TempFile("wrong.yaml", text);
        var result = Tool.Run("run", file);
        Assert.Equal(ShipSimApp.Failed, result.Exit);
        Assert.Contains("wrong.yaml:2:7: seed: 'minus one' is not a number", result.Error, StringComparison.Ordinal);
        Assert.Contains("wrong.yaml:5:5: unknown key 'colour' here", result.Error, StringComparison.Ordinal);
        Assert.Contains("wrong.yaml:6:30: rank: -2 is out of range", result.Error, StringComparison.Ordinal);
        Assert.Contains("wrong.yaml:8:9: 'soon' is not a time", result.Error, StringComparison.Ordinal);
        Assert.Contains("wrong.yaml:11:13: an airlock expectation needs", result.Error, StringComparison.Ordinal);
        Assert.Contains("wrong.yaml:12:5: this entry does nothing", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AScenarioNamingAMissingBlockOrPbSaysWhichWithItsLine()
    {
        var text = TinyScenario
            .Replace("press: Button", "press: Big Red Button", StringComparison.Ordinal)
            .Replace("{ block: PB, is: running }", "{ active: PB 9 }", StringComparison.Ordinal);
        var file = Tool.TempFile("missing.yaml", text);
        var result = Tool.Run("run", file);
        Assert.Equal(ShipSimApp.Failed, result.Exit);
        Assert.Contains($"missing.yaml:{LineOf(text, "press: Big Red Button") - 1}:5: no button panel named 'Big Red Button'", result.Error, StringComparison.Ordinal);
        Assert.Contains($"missing.yaml:{LineOf(text, "active: PB 9")}:13: no programmable block named 'PB 9'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AScriptThatDoesNotCompileIsAnErrorAtItsLine()
    {
        var text = TinyScenario.Replace("door.OpenDoor();", "door.OpenDoor(;", StringComparison.Ordinal);
        var result = Tool.Run("run", Tool.TempFile("broken.yaml", text));
        Assert.Equal(ShipSimApp.Failed, result.Exit);
        Assert.Contains("broken.yaml:4:3: the script (inline script) of 'PB' does not compile", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFilesAndFoldersAreOneLineErrors()
    {
        var missing = Tool.Run("run", Path.Combine(Path.GetTempPath(), "no-such-scenario.yaml"));
        Assert.Equal(ShipSimApp.Failed, missing.Exit);
        Assert.Contains("scenario file not found", missing.Error, StringComparison.Ordinal);

        var folder = Tool.Run("run", Path.GetTempPath());
        Assert.Equal(ShipSimApp.Failed, folder.Exit);

        var file = Tool.TempFile("tiny.yaml", TinyScenario);
        var unwritable = Tool.Run("run", file, "--report", Path.Combine(Path.GetTempPath(), "no-such-folder-xyz", "r.html"));
        Assert.Equal(ShipSimApp.Failed, unwritable.Exit);
        Assert.Contains("does not exist", unwritable.Error, StringComparison.Ordinal);

        var empty = Tool.Run("run", Tool.TempFile("empty.yaml", ""));
        Assert.Equal(ShipSimApp.Failed, empty.Exit);
        Assert.Contains("empty.yaml:1:1:", empty.Error, StringComparison.Ordinal);
    }
}
