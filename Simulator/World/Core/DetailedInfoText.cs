using System.Globalization;
using System.Text;

namespace ShipSim.World.Core;

/// <summary>
/// The lines of a block's DetailedInfo that older public scripts parse ("Max Output: 160.00 kW"): "Label: value" with
/// power in the best of W, kW, MW, GW and two decimals, energy in Wh to GWh [ours: the layout public scripts
/// read; the game's exact wording per block is not in game-behaviour.md].
/// </summary>
public static class DetailedInfoText
{
    static readonly string[] Units = ["W", "kW", "MW", "GW"];

    /// <summary>A power given in MW, as "0 W", "160.00 kW" or "12.00 MW".</summary>
    public static string Power(float megawatts) => BestUnit(megawatts * 1e6, "");

    /// <summary>Energy given in MWh, as "3.00 MWh".</summary>
    public static string Energy(float megawattHours) => BestUnit(megawattHours * 1e6, "h");

    static string BestUnit(double value, string suffix)
    {
        if (value == 0 || double.IsNaN(value))
            return "0 W" + suffix;
        var unit = 0;
        while (unit < Units.Length - 1 && Math.Abs(value) >= 1000)
        {
            value /= 1000;
            unit++;
        }
        return value.ToString("0.00", CultureInfo.InvariantCulture) + " " + Units[unit] + suffix;
    }

    public static StringBuilder Line(this StringBuilder text, string label, string value) =>
        text.Append(text.Length > 0 ? "\n" : "").Append(label).Append(": ").Append(value);
}
