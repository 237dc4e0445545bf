using System;
using System.Reflection;

namespace Sandbox.ModAPI.Ingame
{
    /// <summary>
    /// Base class of every programmable-block script. The host creates the object uninitialized, sets
    /// Runtime, World, Storage, Me, Echo, IGC and GridTerminalSystem through <see cref="Sandbox.ModAPI.IMyGridProgram"/>,
    /// and only then runs the script's parameterless constructor, so all of them are usable there.
    /// </summary>
    public abstract class MyGridProgram : Sandbox.ModAPI.IMyGridProgram
    {
        // Entry points are found by reflection, in the game's order of preference.
        readonly Action<string, UpdateType> _main;
        readonly Action _save;
        // No initializer: the host sets Storage before the constructors run, and a field initializer would
        // run inside this constructor and wipe it.
        string _storage;
        Func<IMyIntergridCommunicationSystem> _igcContext;

        protected MyGridProgram()
        {
            const BindingFlags Flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
            var type = GetType();
            var withUpdateType = type.GetMethod("Main", Flags, null, new[] { typeof(string), typeof(UpdateType) }, null);
            var withArgument = type.GetMethod("Main", Flags, null, new[] { typeof(string) }, null);
            var bare = type.GetMethod("Main", Flags, null, Type.EmptyTypes, null);
            if (withUpdateType != null)
                _main = (Action<string, UpdateType>)Delegate.CreateDelegate(typeof(Action<string, UpdateType>), this, withUpdateType);
            else if (withArgument != null)
            {
                var main = (Action<string>)Delegate.CreateDelegate(typeof(Action<string>), this, withArgument);
                _main = (argument, _) => main(argument);
            }
            else if (bare != null)
            {
                var main = (Action)Delegate.CreateDelegate(typeof(Action), this, bare);
                _main = (_, __) => main();
            }
            var save = type.GetMethod("Save", Flags, null, Type.EmptyTypes, null);
            if (save != null && save.DeclaringType != typeof(MyGridProgram))
                _save = (Action)Delegate.CreateDelegate(typeof(Action), this, save);
        }

        public virtual IMyGridTerminalSystem GridTerminalSystem { get; protected set; }
        public virtual IMyProgrammableBlock Me { get; protected set; }
        public virtual IMyGridProgramRuntimeInfo Runtime { get; protected set; }
        /// <summary>World settings the script may read (speed limits, inventory multiplier, airtightness).</summary>
        public virtual IMyGridProgramWorldInfo World { get; protected set; }
        public Action<string> Echo { get; protected set; }
        public IMyIntergridCommunicationSystem IGC => _igcContext?.Invoke();

        /// <summary>Text the script keeps across save/load and recompiles. Never null.</summary>
        public virtual string Storage
        {
            get => _storage ?? "";
            protected set => _storage = value ?? "";
        }

        IMyGridTerminalSystem Sandbox.ModAPI.IMyGridProgram.GridTerminalSystem { get => GridTerminalSystem; set => GridTerminalSystem = value; }
        IMyProgrammableBlock Sandbox.ModAPI.IMyGridProgram.Me { get => Me; set => Me = value; }
        IMyGridProgramRuntimeInfo Sandbox.ModAPI.IMyGridProgram.Runtime { get => Runtime; set => Runtime = value; }
        IMyGridProgramWorldInfo Sandbox.ModAPI.IMyGridProgram.World { get => World; set => World = value; }
        string Sandbox.ModAPI.IMyGridProgram.Storage { get => Storage; set => Storage = value; }
        Action<string> Sandbox.ModAPI.IMyGridProgram.Echo { get => Echo; set => Echo = value; }
        Func<IMyIntergridCommunicationSystem> Sandbox.ModAPI.IMyGridProgram.IGC_ContextGetter { set => _igcContext = value; }
        bool Sandbox.ModAPI.IMyGridProgram.HasMainMethod => _main != null;
        bool Sandbox.ModAPI.IMyGridProgram.HasSaveMethod => _save != null;

        void Sandbox.ModAPI.IMyGridProgram.Main(string argument, UpdateType updateSource)
        {
            if (_main == null)
                throw new InvalidOperationException("The script has no Main method.");
            _main(argument ?? "", updateSource);
        }

        void Sandbox.ModAPI.IMyGridProgram.Save() => _save?.Invoke();
    }
}
