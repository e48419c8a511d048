using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>byte[] keeps its reference identity like every other array (a local and the weaver's temporary for bytes[i] += F()).</summary>
public static class ByteArrayCases
{
    [Case]
    public static string SharedByteArrayKeepsIdentity()
    {
        var a = new byte[] { 1, 2 };
        var b = a;
        Flow.Checkpoint();
        b[0] = 9;
        return a[0] + "," + ReferenceEquals(a, b);
    }

    [Case]
    public static string ByteElementCompoundAssignment()
    {
        var bytes = new byte[] { 1, 2 };
        bytes[1] += (byte)Flow.WaitForSignal<int>("v");
        return bytes[1].ToString();
    }

    [Case]
    public static string SharedSByteArrayKeepsIdentity()
    {
        var a = new sbyte[] { 1, 2 };
        var b = a;
        Flow.Checkpoint();
        b[0] = 9;
        return a[0] + "," + ReferenceEquals(a, b);
    }
}
