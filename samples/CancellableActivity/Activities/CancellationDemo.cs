using Flowmetal;

namespace CancellableActivity.Activities;

/// <summary>
/// Temporal's cancellable-activity sample, without activities, workflow futures or heartbeat
/// APIs: the "activity" is a child flow whose heartbeat is a durable sleep, and cancellation is an
/// exception it catches to clean up.
/// </summary>
public static class CancellationDemo
{
    /// <summary>How long the parent lets the child work before cancelling it.</summary>
    public static TimeSpan WorkFor { get; set; } = TimeSpan.FromSeconds(3);

    public static string Parent()
    {
        var child = Flow.Start(() => HeartbeatingWork(), timeout: TimeSpan.FromMinutes(5));
        Flow.Sleep(WorkFor);
        child.Cancel("the parent does not need the result any more");
        try
        {
            return "child finished: " + child.Join();
        }
        catch (FlowFailedException ended)
        {
            return $"child ended with {ended.Error.Type}: {ended.Error.Message}";
        }
    }

    public static int HeartbeatingWork()
    {
        int beats = 0;
        try
        {
            while (true)
            {
                Work.DoSomeWork(beats);
                beats++;

                // The heartbeat: a durable half-second sleep. The cancellation arrives here.
                Flow.Sleep(TimeSpan.FromMilliseconds(500));
            }
        }
        catch (FlowCancelledException cancelled)
        {
            Work.CleanUp(beats, cancelled.Message);
            throw;   // end Cancelled, as Temporal's activity re-raises; returning would end it Completed
        }
    }
}

/// <summary>The work itself: ordinary code that never suspends.</summary>
public static class Work
{
    public static void DoSomeWork(int beat) =>
        Console.WriteLine($"  [pid {Environment.ProcessId}] child: heartbeat {beat}, working");

    public static void CleanUp(int beats, string reason) =>
        Console.WriteLine($"  [pid {Environment.ProcessId}] child: cancelled after {beats} heartbeats ({reason}); cleaning up");
}
