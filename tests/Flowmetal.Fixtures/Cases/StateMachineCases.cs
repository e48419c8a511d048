using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>
/// Async methods, async iterators, iterators, static constructors and field initializers inside a
/// woven type are left as they are and keep working next to suspending code.
/// </summary>
public static class StateMachineCases
{
    private static readonly int[] Primes = ComputePrimes(20);

    private static readonly string Greeting;

    static StateMachineCases()
    {
        Greeting = "hello " + Primes.Length;
    }

    [Case]
    public static string AsyncMethodsAndIteratorsKeepWorking()
    {
        int fromAsync = AddLaterAsync(2, 3).GetAwaiter().GetResult();
        Flow.Checkpoint();
        int fromAsyncStream = SumAsync(CountAsync(4)).GetAwaiter().GetResult();
        var fromIterator = string.Join(",", Squares(4));
        Flow.Checkpoint();
        Trace.Log(Greeting);
        return fromAsync + "/" + fromAsyncStream + "/" + fromIterator + "/" + string.Join(",", Primes);
    }

    [Case]
    public static string FieldInitializersOfInstances()
    {
        var counter = new Counter();
        counter.Bump();
        Flow.Checkpoint();
        counter.Bump();
        return counter.Describe();
    }

    private static async Task<int> AddLaterAsync(int a, int b)
    {
        await Task.Yield();
        return a + b;
    }

    private static async IAsyncEnumerable<int> CountAsync(int n)
    {
        for (int i = 1; i <= n; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async Task<int> SumAsync(IAsyncEnumerable<int> values)
    {
        int sum = 0;
        await foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    private static IEnumerable<int> Squares(int n)
    {
        for (int i = 1; i <= n; i++)
        {
            yield return i * i;
        }
    }

    private static int[] ComputePrimes(int below) =>
        Enumerable.Range(2, below - 2).Where(n => Enumerable.Range(2, n - 2).All(d => n % d != 0)).ToArray();

    public sealed class Counter
    {
        private readonly List<string> _log = new() { "created" };
        private int _count = 10;

        public void Bump()
        {
            _count++;
            _log.Add("bump " + _count);
        }

        public string Describe() => string.Join(";", _log);
    }
}
