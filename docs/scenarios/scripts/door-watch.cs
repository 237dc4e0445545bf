// A script file as a player pastes it into a programmable block: it shows the state of every door of the
// group "Watched Doors" on the LCD "Door Board", and closes them all when run with "close".
readonly List<IMyDoor> _doors = new List<IMyDoor>();
IMyTextPanel _board;

public Program()
{
    Runtime.UpdateFrequency = UpdateFrequency.Update10;
    _board = GridTerminalSystem.GetBlockWithName("Door Board") as IMyTextPanel;
}

public void Main(string argument, UpdateType updateSource)
{
    var group = GridTerminalSystem.GetBlockGroupWithName("Watched Doors");
    if (group == null || _board == null)
    {
        Echo("Needs the group Watched Doors and the LCD Door Board");
        return;
    }
    group.GetBlocksOfType(_doors);
    var text = new StringBuilder();
    foreach (var door in _doors)
    {
        if (argument == "close")
            door.CloseDoor();
        text.Append(door.CustomName).Append(": ").Append(door.Status).Append('\n');
    }
    _board.WriteText(text);
}
