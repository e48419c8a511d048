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

namespace Flowmetal.Fixtures.Refusals.Selection.Delta
{
    /// <summary>
    /// Methods whose compiler-generated parts (a state machine, a local function, a lambda) would be
    /// refused or woven: excluding the method must reach all of them.
    /// </summary>
    public static class Feeds
    {
        /// <summary>An iterator that suspends: FL0107 unless excluded.</summary>
        public static IEnumerable<int> Numbers()
        {
            yield return 1;
            Flow.Checkpoint();
            yield return 2;
        }

        /// <summary>An async method that suspends: FL0107 unless excluded.</summary>
        public static async Task<int> LaterAsync()
        {
            await Task.Yield();
            Flow.Checkpoint();
            return 1;
        }

        /// <summary>A local-function iterator and a lambda that suspend.</summary>
        public static int Counted()
        {
            int total = 0;
            foreach (var value in Local())
            {
                total += value;
            }

            Action step = () => Flow.Checkpoint();
            step();
            return total + Helper();

            static IEnumerable<int> Local()
            {
                yield return 1;
                Flow.Checkpoint();
            }

            static int Helper()
            {
                Flow.Checkpoint();
                return 1;
            }
        }

        public static void Kept()
        {
            Flow.Checkpoint();
        }
    }
}
