namespace Flowmetal.Fixtures.Cases;

/// <summary>
/// What the weaver records for resuming in a later build (tests/Flowmetal.Weaver.Tests/Versions/ResumeDescriptionTests):
/// the key of each point, with its literal argument and its try block, and each saved local by its PDB name, also
/// where an optimized build gives two scoped locals one slot.
/// </summary>
public static class RedeployKeyCases
{
    public static int Described(int n)
    {
        int total = n;
        try
        {
            total += Flow.WaitForSignal<int>("inside");
        }
        catch (InvalidOperationException)
        {
            total = -1;
        }

        {
            int scoped = total * 2;
            Flow.Checkpoint();
            total += scoped;
        }

        {
            int other = total + 1;
            Flow.Checkpoint();
            total += other;
        }

        return total;
    }
}
