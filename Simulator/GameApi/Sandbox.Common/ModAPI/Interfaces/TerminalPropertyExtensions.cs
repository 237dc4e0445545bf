using System;
using Sandbox.ModAPI.Ingame;
using VRageMath;

namespace Sandbox.ModAPI.Interfaces
{
    /// <summary>
    /// Typed access to terminal properties by id. Pure forwards to IMyTerminalBlock.GetProperty and
    /// ITerminalProperty&lt;T&gt;: an unknown id (null property) throws NullReferenceException, a property of
    /// another type InvalidCastException (stand-in assumption: the game casts the same way).
    /// </summary>
    public static class TerminalPropertyExtensions
    {
        public static ITerminalProperty<TValue> Cast<TValue>(this ITerminalProperty property) => (ITerminalProperty<TValue>)property;
        public static ITerminalProperty<TValue> As<TValue>(this ITerminalProperty property) => property as ITerminalProperty<TValue>;
        public static bool Is<TValue>(this ITerminalProperty property) => property is ITerminalProperty<TValue>;

        public static ITerminalProperty<bool> AsBool(this ITerminalProperty property) => property.As<bool>();
        public static ITerminalProperty<float> AsFloat(this ITerminalProperty property) => property.As<float>();
        public static ITerminalProperty<Color> AsColor(this ITerminalProperty property) => property.As<Color>();

        public static T GetValue<T>(this IMyTerminalBlock block, string propertyId) => block.GetProperty(propertyId).Cast<T>().GetValue(block);
        public static void SetValue<T>(this IMyTerminalBlock block, string propertyId, T value) => block.GetProperty(propertyId).Cast<T>().SetValue(block, value);
        public static T GetDefaultValue<T>(this IMyTerminalBlock block, string propertyId) => block.GetProperty(propertyId).Cast<T>().GetDefaultValue(block);
        public static T GetMinimum<T>(this IMyTerminalBlock block, string propertyId) => block.GetProperty(propertyId).Cast<T>().GetMinimum(block);
        public static T GetMaximum<T>(this IMyTerminalBlock block, string propertyId) => block.GetProperty(propertyId).Cast<T>().GetMaximum(block);
        [Obsolete("Use GetMinimum instead")]
        public static T GetMininum<T>(this IMyTerminalBlock block, string propertyId) => block.GetMinimum<T>(propertyId);

        public static bool GetValueBool(this IMyTerminalBlock block, string propertyId) => block.GetValue<bool>(propertyId);
        public static void SetValueBool(this IMyTerminalBlock block, string propertyId, bool value) => block.SetValue(propertyId, value);
        public static float GetValueFloat(this IMyTerminalBlock block, string propertyId) => block.GetValue<float>(propertyId);
        public static void SetValueFloat(this IMyTerminalBlock block, string propertyId, float value) => block.SetValue(propertyId, value);
        public static Color GetValueColor(this IMyTerminalBlock block, string propertyId) => block.GetValue<Color>(propertyId);
        public static void SetValueColor(this IMyTerminalBlock block, string propertyId, Color value) => block.SetValue(propertyId, value);
    }
}
