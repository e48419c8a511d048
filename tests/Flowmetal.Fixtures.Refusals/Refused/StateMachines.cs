namespace Flowmetal.Fixtures.Refusals.Refused;

public static class SuspendingAsyncMethod
{
    public static async Task<int> RunAsync()
    {
        await Task.Yield();
        Flow.Checkpoint(); // FL0107 async
        return 1;
    }
}

public static class SuspendingIterator
{
    public static IEnumerable<int> Numbers()
    {
        yield return 1;
        Flow.Checkpoint(); // FL0107 iterator
        yield return 2;
    }
}

public static class HarmlessStateMachines
{
    /// <summary>Not refused: async methods and iterators that never suspend keep working in selected types.</summary>
    public static async Task<int> AddAsync(int a, int b)
    {
        await Task.Yield();
        return a + b;
    }

    public static IEnumerable<int> Count(int n)
    {
        for (int i = 0; i < n; i++)
        {
            yield return i;
        }
    }
}

public static class Outer<T>
{
    public static class Inner
    {
        public static int Count()
        {
            int n = 0;
            foreach (var value in Numbers())
            {
                n += value;
            }

            return n;

            static IEnumerable<int> Numbers()
            {
                yield return 1;
                Flow.Checkpoint(); // FL0107 local iterator
            }
        }
    }
}
