namespace Flowmetal.Fixtures.Support;

/// <summary>Excluded from weaving by FodyWeavers.xml: a frame the runtime must refuse to suspend through.</summary>
public static class NotWoven
{
    public static int Call(Func<int> work) => work() + 1;
}
