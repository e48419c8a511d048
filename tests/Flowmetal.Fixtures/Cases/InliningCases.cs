using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>A chain of small instance methods on one object, each suspending, recursing through this.</summary>
public static class InliningCases
{
    [Case]
    public static string ThisSurvivesInLongInstanceChains()
    {
        var calc = new Calculator(3);
        return calc.Run(4).ToString() + "/" + calc.Log;
    }

    public sealed class Calculator
    {
        private readonly int _factor;
        private int _calls;

        public Calculator(int factor) => _factor = factor;

        public string Log { get; private set; } = "";

        public int Run(int n) => n == 0 ? Leaf() : Step(n) + Run(n - 1);

        private int Step(int n)
        {
            _calls++;
            Log += "s" + n;
            Flow.Checkpoint();
            return n * _factor;
        }

        private int Leaf()
        {
            Log += "leaf" + _calls;
            return Flow.WaitForSignal<int>("leaf");
        }
    }
}
