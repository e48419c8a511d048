namespace Flowmetal.Fixtures.Versioned;

public static class Shipping
{
    public static string Entry()
    {
        var label = Prepare("parcel");
        return label + "/" + Report();
    }

    private static string Prepare(string what)
    {
        int weight = Flow.WaitForSignal<int>("weight");
        return what + " weighs " + (weight * 1000) + "g";
    }

    public static string Report()
    {
        Flow.Checkpoint();
        return "report v1";
    }
}
