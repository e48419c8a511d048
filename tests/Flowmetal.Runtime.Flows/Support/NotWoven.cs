namespace Flowmetal.Runtime.Flows.Support;

/// <summary>Left out of FodyWeavers.xml: starting it as a flow must be refused.</summary>
public static class NotWoven
{
    public static int Plain(int x)
    {
        Flow.Checkpoint();
        return x + 1;
    }
}
