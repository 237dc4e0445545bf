using System.Globalization;
using System.Text;
using Sandbox.ModAPI.Ingame;
using Sandbox.ModAPI.Interfaces;
using ShipSim.World.Blocks.Catalogue;
using VRage.Game;
using VRage.Game.Components;
using VRage.Game.ModAPI.Ingame;
using VRage.ObjectBuilders;
using VRageMath;

namespace ShipSim.World.Core;

/// <summary>
/// A terminal block on a grid. IsWorking is derived as in the game (game-behaviour.md section 4):
/// functional (built above its functional threshold) AND powered AND enabled. A destroyed block is
/// Closed; references to it stay valid. Every block carries the terminal properties and toolbar actions the game
/// gives its type (Blocks/Catalogue), its inventories, its power components and its slim block.
/// </summary>
public abstract class SimBlock : IMyTerminalBlock, IMyUpgradableBlock
{
    readonly TerminalControls _controls;
    readonly List<SimInventory> _inventories = [];
    string _customData = "";

    protected SimBlock(SimGrid grid, string customName)
    {
        Grid = grid;
        World = grid.World;
        EntityId = World.NextEntityId();
        CustomName = customName;
        _controls = new TerminalControls(this);
        Components = new SimComponents(this);
        SlimBlock = new SimSlimBlock(this);
        BindProperty("ShowInTerminal", () => ShowInTerminal, v => ShowInTerminal = v, true);
        BindProperty("ShowInInventory", () => ShowInInventory, v => ShowInInventory = v, true);
        BindProperty("ShowInToolbarConfig", () => ShowInToolbarConfig, v => ShowInToolbarConfig = v, true);
        BindProperty("ShowOnHUD", () => ShowOnHUD, v => ShowOnHUD = v);
        BindProperty("Name", () => new StringBuilder(CustomName), v => CustomName = v?.ToString() ?? "", new StringBuilder(), new StringBuilder(), new StringBuilder());
        grid.Attach(this);
        World.Register(this);
    }

    /// <summary>The game's object-builder type of this block, without "MyObjectBuilder_" ("Thrust", "Door" ...).</summary>
    public abstract string TypeId { get; }

    /// <summary>The block's subtype ("LargeBlockLargeThrust"); by default the classic block of its type.</summary>
    public string Subtype
    {
        get => _subtype ??= DefaultSubtype;
        init => _subtype = value;
    }

    protected virtual string DefaultSubtype => TerminalCatalogue.DefaultSubtype(TypeId);
    string? _subtype;

    public SerializableDefinitionId BlockDefinition =>
        new(new MyObjectBuilderType(MyObjectBuilderType.LEGACY_TYPE_PREFIX + TypeId), Subtype);

    /// <summary>Which grid directions the block's Forward and Up point to.</summary>
    public MyBlockOrientation Orientation { get; private set; } = MyBlockOrientation.Identity;

    /// <summary>Puts the block in a cell with an orientation (building it there; the simulator does not check overlaps).</summary>
    public void Place(Vector3I position, MyBlockOrientation orientation)
    {
        Position = position;
        Orientation = orientation;
    }

    /// <summary>The block's power sink and (for producers) source, as scripts find them in Components.</summary>
    public IMyEntityComponentContainer Components { get; }
    public SimSlimBlock SlimBlock { get; }

    public SimWorld World { get; }
    public SimGrid Grid { get; private set; }
    public long EntityId { get; }
    public string CustomName { get; set; }
    public string Name => CustomName;
    public string DisplayName => CustomName;
    public string DisplayNameText => CustomName;
    public abstract string DefinitionDisplayNameText { get; }
    public string CustomNameWithFaction => CustomName;
    public bool Closed { get; private set; }
    /// <summary>The tick in which the block was removed from the world (long.MaxValue while it exists).</summary>
    public long ClosedAtTick { get; private set; } = long.MaxValue;
    long _ownerId = SimWorld.DefaultOwner;

    /// <summary>The player who owns the block; a change may matter to the block (a PB's script stops).</summary>
    public long OwnerId
    {
        get => _ownerId;
        set
        {
            if (value == _ownerId)
                return;
            _ownerId = value;
            OnOwnerChanged();
        }
    }

    protected virtual void OnOwnerChanged() { }

    /// <summary>Custom Data as the player typed it; null is stored as "".</summary>
    public string CustomData
    {
        get => _customData;
        set
        {
            var text = value ?? "";
            if (text == _customData)
                return;
            _customData = text;
            CustomDataWrites++;
        }
    }

    /// <summary>How many times Custom Data changed (a script that rewrites it on every run shows here).</summary>
    public int CustomDataWrites { get; private set; }

    public virtual string DetailedInfo => "";
    public string CustomInfo { get; protected set; } = "";
    public bool ShowOnHUD { get; set; }
    public bool ShowInTerminal { get; set; } = true;
    public bool ShowInToolbarConfig { get; set; } = true;
    public bool ShowInInventory { get; set; } = true;

    /// <summary>Build/damage state, 0..1.</summary>
    public double Integrity { get; private set; } = 1;
    public double FunctionalThreshold { get; init; } = 0.5;
    public bool IsFunctional => !Closed && Integrity >= FunctionalThreshold;
    public virtual bool IsPowered => Grid.Powered && !PowerCut;
    /// <summary>This one block gets no power while its grid does (our model of a power distributor that starves
    /// a block, or of its power line cut: game-behaviour.md only says a working block is powered).</summary>
    public bool PowerCut { get; set; }
    /// <summary>Blocks without an on/off switch are always enabled.</summary>
    public virtual bool IsEnabled => true;
    public bool IsWorking => IsFunctional && IsPowered && IsEnabled;

    public VRage.Game.ModAPI.Ingame.IMyCubeGrid CubeGrid => Grid;

    // --- Placement: one cell per block on its grid; the world has no geometry beyond that ---------
    public Vector3I Position { get; private set; }
    public Vector3I Min => Position;
    public Vector3I Max => Position;
    public int NumberInGrid => 1;
    public float Mass { get; init; } = 100f;
    public float DisassembleRatio => 1f;
    public bool IsBeingHacked => false;
    public Vector3D GetPosition() => Grid.GridIntegerToWorld(Position);
    public MatrixD WorldMatrix
    {
        get
        {
            Orientation.GetMatrix(out Matrix rotation);
            MatrixD matrix = rotation;
            matrix.Translation = GetPosition();
            return matrix;
        }
    }
    public BoundingBoxD WorldAABB => CellBox(GetPosition(), Grid.GridSize);
    public BoundingBoxD WorldAABBHr => WorldAABB;
    public BoundingSphereD WorldVolume => new(GetPosition(), Grid.GridSize * 0.5 * Math.Sqrt(3));
    public BoundingSphereD WorldVolumeHr => WorldVolume;

    internal static BoundingBoxD CellBox(Vector3D center, double size)
    {
        var half = new Vector3D(size / 2, size / 2, size / 2);
        return new BoundingBoxD(center - half, center + half);
    }

    // --- Ownership and access (players are ids; friendship comes from SimWorld.Friendships) -------
    public string GetOwnerFactionTag() => "";
    public MyRelationsBetweenPlayerAndBlock GetPlayerRelationToOwner() => MyRelationsBetweenPlayerAndBlock.NoOwnership;
    public MyRelationsBetweenPlayerAndBlock GetUserRelationToOwner(long playerId,
        MyRelationsBetweenPlayerAndBlock defaultNoUser = MyRelationsBetweenPlayerAndBlock.NoOwnership)
    {
        if (OwnerId == 0)
            return defaultNoUser;
        if (playerId == OwnerId)
            return MyRelationsBetweenPlayerAndBlock.Owner;
        return World.AreFriendly(OwnerId, playerId) ? MyRelationsBetweenPlayerAndBlock.FactionShare : MyRelationsBetweenPlayerAndBlock.Enemies;
    }

    public bool HasLocalPlayerAccess() => true;
    public bool HasPlayerAccess(long playerId,
        MyRelationsBetweenPlayerAndBlock defaultNoUser = MyRelationsBetweenPlayerAndBlock.NoOwnership) =>
        OwnerId == 0 || World.AreFriendly(OwnerId, playerId);
    public bool HasNobodyPlayerAccessToBlock() => OwnerId == 0;
    public bool HasPlayerAccessWithNobodyCheck(long playerId, bool isForPB) => HasPlayerAccess(playerId);
    public void SetCustomName(string text) => CustomName = text ?? "";
    public void SetCustomName(StringBuilder text) => CustomName = text?.ToString() ?? "";
    public void UpdateIsWorking() { }
    public void UpdateVisual() { }
    public bool IsSameConstructAs(IMyTerminalBlock other) =>
        other is SimBlock block && World.Topology.SameConstruct(Grid, block.Grid);

    public ITerminalAction? GetActionWithName(string name) => _controls.Action(name);
    public void SearchActionsOfName(string name, List<ITerminalAction> resultList, Func<ITerminalAction, bool>? collect = null)
    {
        resultList.Clear();
        foreach (var action in _controls.Actions)
            if (action.Id.Contains(name, StringComparison.Ordinal) && (collect == null || collect(action)))
                resultList.Add(action);
    }

    public SimTerminalAction? Action(string name) => _controls.Action(name);

    public void GetActions(List<ITerminalAction> resultList, Func<ITerminalAction, bool>? collect = null)
    {
        resultList.Clear();
        foreach (var action in _controls.Actions)
            if (collect == null || collect(action))
                resultList.Add(action);
    }

    public ITerminalProperty? GetProperty(string id) => _controls.Property(id);

    public void GetProperties(List<ITerminalProperty> resultList, Func<ITerminalProperty, bool>? collect = null)
    {
        resultList.Clear();
        foreach (var property in _controls.Properties)
            if (collect == null || collect(property))
                resultList.Add(property);
    }

    /// <summary>Binds a toolbar action to this block's behaviour (replacing the catalogue's default for that id).</summary>
    protected internal void AddAction(string id, string name, Action<SimBlock, string?> apply) => _controls.BindAction(id, name, apply);

    /// <summary>Binds a terminal property to this block's state (replacing the kept value the catalogue would give).</summary>
    protected internal void BindProperty<T>(string id, Func<T> get, Action<T> set, T min, T max, T defaultValue) =>
        _controls.BindProperty(id, get, set, min, max, defaultValue);

    protected internal void BindProperty<T>(string id, Func<T> get, Action<T> set, Func<T> min, Func<T> max, T defaultValue) =>
        _controls.BindProperty(id, get, set, min, max, defaultValue);

    protected internal void BindProperty(string id, Func<bool> get, Action<bool> set, bool defaultValue = false) =>
        _controls.BindProperty(id, get, set, false, true, defaultValue);

    /// <summary>How many times each action was applied (by scripts, toolbars or tests), by id.</summary>
    public IReadOnlyDictionary<string, int> ActionsApplied => _actionsApplied;
    readonly Dictionary<string, int> _actionsApplied = new(StringComparer.Ordinal);
    internal void RecordAction(string id) => _actionsApplied[id] = _actionsApplied.GetValueOrDefault(id) + 1;

    // --- Inventories ----------------------------------------------------------------------------------
    /// <summary>Gives the block an inventory of <paramref name="litres"/> (times the world's inventory multiplier).</summary>
    protected SimInventory AddInventory(float litres)
    {
        var inventory = new SimInventory(this, litres);
        _inventories.Add(inventory);
        return inventory;
    }

    public IReadOnlyList<SimInventory> Inventories => _inventories;
    public bool HasInventory => _inventories.Count > 0;
    public int InventoryCount => _inventories.Count;
    public IMyInventory? GetInventory() => _inventories.Count > 0 ? _inventories[0] : null;
    public IMyInventory? GetInventory(int index) => index >= 0 && index < _inventories.Count ? _inventories[index] : null;

    // --- Upgrades: no upgrade modules are modelled ----------------------------------------------------
    public uint UpgradeCount => 0;
    public void FillUpgradesDictionary(Dictionary<string, float> upgrades) { }
    [Obsolete("Use FillUpgradesDictionary without the out parameter instead.")]
    public void GetUpgrades(out Dictionary<string, float> upgrades) => upgrades = [];

    // --- Power ------------------------------------------------------------------------------------------
    /// <summary>Electricity the block draws while working, MW (our per-type figures; power is per grid).</summary>
    public virtual float PowerDraw => 0.001f;

    // --- Faults -----------------------------------------------------------------------------------
    public void Damage(double amount) => SetIntegrity(Integrity - amount);
    public void Repair() => SetIntegrity(1);

    public void SetIntegrity(double integrity)
    {
        if (Closed)
            return;
        Integrity = Math.Clamp(integrity, 0, 1);
        if (Integrity <= 0)
            Destroy();
    }

    /// <summary>Removes the block from the world; references keep working, Closed becomes true.</summary>
    public void Destroy()
    {
        if (Closed)
            return;
        Integrity = 0;
        Closed = true;
        ClosedAtTick = World.Tick;
        Grid.Detach(this);
        OnClosed();
        World.Unregister(this);
    }

    protected virtual void OnClosed() { }

    /// <summary>The block's observable state in one line, for traces (no wall-clock values).</summary>
    public string DescribeState()
    {
        var state = new StringBuilder();
        DescribeCommonState(state);
        DescribeOwnState(state);
        return state.ToString();
    }

    /// <summary>The state compared before and after every script run to find its effects: by default the trace's
    /// state; a block with long text that only its own script writes may describe it more briefly.</summary>
    public virtual string DescribeEffectState() => DescribeState();

    /// <summary>Name, working, off, closed or damaged: what every block's state begins with.</summary>
    protected void DescribeCommonState(StringBuilder state)
    {
        state.Append(GetType().Name).Append(" '").Append(CustomName).Append('\'');
        state.Append(IsWorking ? " working" : " not-working");
        if (this is SimFunctionalBlock { Enabled: false })
            state.Append(" off");
        if (Closed)
            state.Append(" closed");
        else if (Integrity < 1)
            state.Append(" integrity=").Append(Integrity.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Adds what is particular to this kind of block (a door's status, a vent's level ...).</summary>
    protected virtual void DescribeOwnState(StringBuilder state) { }

    internal void MoveTo(SimGrid grid)
    {
        Grid.Detach(this);
        Grid = grid;
        grid.Attach(this);
    }

    public override string ToString() => $"{GetType().Name} '{CustomName}' #{EntityId}";
}

/// <summary>A block with an on/off switch: disabled blocks do not work, and a disabled door cannot be
/// opened by hand (how scripts lock doors).</summary>
public abstract class SimFunctionalBlock : SimBlock, IMyFunctionalBlock, IMyTextSurfaceProvider
{
    protected SimFunctionalBlock(SimGrid grid, string customName) : base(grid, customName) =>
        BindProperty("OnOff", () => Enabled, v => Enabled = v, true);

    public bool Enabled { get; set; } = true;
    public override bool IsEnabled => Enabled;
    public void RequestEnable(bool enable) => Enabled = enable;

    // Every functional block is a text-surface provider in the game; most have no surface.
    public virtual int SurfaceCount => 0;
    public virtual bool UseGenericLcd => false;
    public virtual IMyTextSurface GetSurface(int index) => null!;
}
