namespace Flowmetal.Fixtures.Support;

/// <summary>Excluded from weaving by FodyWeavers.xml: a frame the runtime must refuse to suspend through.</summary>
public static class NotWoven
{
    public static int Call(Func<int> work) => work() + 1;
}

/// <summary>Excluded from weaving and small enough that the JIT inlines it into a woven caller.</summary>
public static class InlinedNotWoven
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Twice(Func<int> work) => work() * 2;
}

/// <summary>Excluded from weaving: a lambda in a closure class, between a flow and its suspension.</summary>
public static class Names
{
    public static int Twice(Func<int> work)
    {
        Func<int> plusOne = () => work() + 1;
        return plusOne() * 2;
    }
}
