using System.Globalization;
using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>Values at the edges of their type that must come back bit for bit: decimal negative zero, lone surrogates, native integer extremes.</summary>
public static class SerializerEdgeCases
{
    [Case]
    public static string DecimalNegativeZero()
    {
        decimal negZeroScaled = -0.000m;
        Flow.Checkpoint();
        return negZeroScaled.ToString(CultureInfo.InvariantCulture) + "|" + decimal.GetBits(negZeroScaled)[3].ToString(CultureInfo.InvariantCulture);
    }

    [Case]
    public static string LoneSurrogates()
    {
        char loneHigh = '\ud800';
        string lone = "a\udc00b";
        Flow.Checkpoint();
        return ((int)loneHigh).ToString(CultureInfo.InvariantCulture) + ":" + string.Join(" ", lone.Select(ch => ((int)ch).ToString("X", CultureInfo.InvariantCulture)));
    }

    [Case]
    public static string NativeIntegerExtremes()
    {
        nint min = nint.MinValue;
        nuint max = nuint.MaxValue;
        Flow.Checkpoint();
        return min + "," + max;
    }
}
