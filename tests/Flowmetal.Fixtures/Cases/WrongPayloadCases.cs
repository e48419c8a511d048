using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>A signal whose payload does not fit the wait: the error names the signal, also after a resume.</summary>
public static class WrongPayloadCases
{
    [Case]
    public static string WrongPayloadNamesTheSignal()
    {
        try
        {
            var g = Flow.WaitForSignal<Guid>("guid");
            return "got " + g;
        }
        catch (InvalidCastException e)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }
}
