namespace Flowmetal.Fixtures.Refusals.Paths
{
    /// <summary>Selected methods whose only way to a suspension is through code that is not woven: FL0202.</summary>
    public static class Job
    {
        public static void RunForEach(List<int> items)
        {
            items.ForEach(item => Step(item)); // FL0202 ForEach
        }

        public static int RunThroughHelper() => Elsewhere.Helper.Call() + 1; // FL0202 helper

        public static void RunStoringSteps(List<Action> steps)
        {
            // Only stored: whoever runs the steps later is woven or refused then. No warning.
            steps.Add(() => Step(1));
        }

        public static void Step(int item)
        {
            Flow.Checkpoint();
        }
    }
}

namespace Flowmetal.Fixtures.Refusals.Elsewhere
{
    /// <summary>Not selected: a method of another namespace on the way to the suspension.</summary>
    public static class Helper
    {
        public static int Call()
        {
            Paths.Job.Step(0);
            return 1;
        }
    }
}
