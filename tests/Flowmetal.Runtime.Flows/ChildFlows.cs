using Flowmetal.Runtime.Flows.Support;

namespace Flowmetal.Runtime.Flows;

/// <summary>Child flows: start, join, fan out and in, failures and timeouts of children.</summary>
public static class ChildFlows
{
    public static int Square(int x)
    {
        Flow.Checkpoint();
        return x * x;
    }

    public static int SleepySquare(int x, int milliseconds)
    {
        Flow.Sleep(TimeSpan.FromMilliseconds(milliseconds));
        return x * x;
    }

    public static string Fails(string message)
    {
        Flow.Checkpoint();
        SideEffects.Throw(message);
        return "unreachable";
    }

    /// <summary>Runs until cancelled, recording each iteration under <paramref name="key"/>.</summary>
    public static void Spins(string key)
    {
        while (true)
        {
            SideEffects.Record(key + ":spin");
            Flow.Sleep(TimeSpan.FromMilliseconds(50));
        }
    }

    public static int JoinOne(int x)
    {
        var child = Flow.Start(() => Square(x));
        return child.Join() + 1;
    }

    public static int FanOut(int count)
    {
        var children = new List<FlowTask<int>>();
        for (int i = 1; i <= count; i++)
        {
            int n = i;
            children.Add(Flow.Start(() => SleepySquare(n, 20)));
        }

        var squares = Flow.JoinAll(children);
        int sum = 0;
        foreach (var square in squares)
        {
            sum += square;
        }

        return sum;
    }

    public static string JoinFailedChild()
    {
        var child = Flow.Start(() => Fails("child broke"));
        try
        {
            child.Join();
            return "joined";
        }
        catch (FlowFailedException failed)
        {
            return failed.FlowId + " " + failed.ErrorType + ": " + failed.ErrorMessage;
        }
    }

    public static string FirstToFinish()
    {
        var slow = Flow.Start(() => ContractFlows.WaitForever());
        var fast = Flow.Start(() => Square(7));
        int first = Flow.JoinAny(slow, fast);
        slow.Cancel("not needed any more");
        string slowEnd;
        try
        {
            slow.Join();
            slowEnd = "joined";
        }
        catch (FlowFailedException failed)
        {
            slowEnd = failed.ErrorType;
        }

        return first + " " + fast.Join() + " " + slowEnd;
    }

    public static string ChildWithTimeout(int milliseconds)
    {
        var child = Flow.Start(() => ContractFlows.WaitForever(), timeout: TimeSpan.FromMilliseconds(milliseconds));
        try
        {
            return "joined " + child.Join();
        }
        catch (FlowFailedException failed)
        {
            return failed.ErrorType;
        }
    }

    /// <summary>Starts three children that run until cancelled (the third detached), then waits for a signal that never comes.</summary>
    public static void ParentOfSpinners(string key)
    {
        var first = Flow.Start(() => Spins(key + "-a"));
        var second = Flow.Start(() => Spins(key + "-b"));
        var detached = Flow.Start(() => Spins(key + "-c"), detached: true);
        Flow.WaitForSignal<string>("never");
        Flow.JoinAll(first, second, detached);
    }

    /// <summary>Starts a child, checkpoints, then fails: the child is cancelled with it.</summary>
    public static void FailsWithRunningChild(string key)
    {
        Flow.Start(() => Spins(key));
        Flow.Checkpoint();
        SideEffects.Throw("parent broke");
    }
}
