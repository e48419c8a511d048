// Types for the <Include>/<Exclude> pattern tests. Every method here suspends, so a selected method is
// woven (and carries [Woven]); none calls another, so a partial selection warns about nothing.

namespace Flowmetal.Fixtures.Refusals.Selection.Alpha
{
    public static class Orders
    {
        public static int Process(int id)
        {
            Func<int, int> twice = x =>
            {
                Flow.Checkpoint();
                return x * 2;
            };
            return twice(id);
        }

        public static void Ship()
        {
            Flow.Checkpoint();
        }

        public static void Ship(int count)
        {
            Flow.Checkpoint();
        }

        public static void Cancel()
        {
            Flow.Checkpoint();
        }

        public static class Nested
        {
            public static void Run()
            {
                Flow.Checkpoint();
            }
        }
    }
}

namespace Flowmetal.Fixtures.Refusals.Selection.Alpha.Billing
{
    public sealed class Invoices
    {
        public void Charge()
        {
            Flow.Checkpoint();
        }
    }
}

namespace Flowmetal.Fixtures.Refusals.Selection.Beta
{
    public static class Mail
    {
        public static void Send()
        {
            Flow.Checkpoint();
        }
    }
}

namespace Flowmetal.Fixtures.Refusals.Selection.AlphaBeta
{
    /// <summary>Shares a prefix with Alpha: <c>Alpha.*</c> must not select it.</summary>
    public static class Other
    {
        public static void Run()
        {
            Flow.Checkpoint();
        }
    }
}
