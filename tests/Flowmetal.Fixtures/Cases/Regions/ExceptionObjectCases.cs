using System.Runtime.ExceptionServices;
using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases.Regions;

public sealed class DetailedFault : Exception
{
    public DetailedFault(string message, int code, IReadOnlyList<string> details, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Details = details;
    }

    public int Code { get; }

    public IReadOnlyList<string> Details { get; }
}

/// <summary>Exception objects kept in locals across a suspension, rethrown and inspected after resume.</summary>
public static class ExceptionObjectCases
{
    [Case]
    public static string CaughtExceptionKeptAcrossASuspension()
    {
        Exception? saved = null;
        try
        {
            Flow.Checkpoint();
            throw new DetailedFault("bad input", 42, new List<string> { "a", "b" }, new FormatException("inner"));
        }
        catch (DetailedFault e)
        {
            saved = e;
        }

        Flow.Checkpoint();
        var fault = (DetailedFault)saved;
        return fault.Message + "|" + fault.Code + "|" + string.Join(",", fault.Details) + "|" + fault.InnerException?.GetType().Name + ":" + fault.InnerException?.Message;
    }

    [Case]
    public static string SavedExceptionRethrownAfterResume()
    {
        Exception? saved = null;
        try
        {
            _ = int.Parse("x" + Flow.WaitForSignal<int>("n"), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            saved = e;
        }

        Flow.Checkpoint();
        try
        {
            if (saved is not null)
            {
                ExceptionDispatchInfo.Capture(saved).Throw();
            }

            return "not thrown";
        }
        catch (FormatException e)
        {
            return "rethrown " + e.GetType().Name + " same=" + ReferenceEquals(e, saved);
        }
    }

    [Case]
    public static string AggregateExceptionsAcrossSuspensions()
    {
        var errors = new List<Exception>();
        for (int i = 0; i < 3; i++)
        {
            try
            {
                Flow.Checkpoint();
                throw new InvalidOperationException("op " + i);
            }
            catch (InvalidOperationException e)
            {
                errors.Add(e);
            }
        }

        var aggregate = new AggregateException("several", errors);
        Flow.Checkpoint();
        return aggregate.InnerExceptions.Count + ":" + string.Join(",", aggregate.InnerExceptions.Select(e => e.Message));
    }

    [Case]
    public static string ExceptionEscapesTheEntryAfterSeveralResumes()
    {
        int n = 0;
        for (int i = 0; i < 3; i++)
        {
            n += Flow.WaitForSignal<int>("n");
            Trace.Log("round " + i);
        }

        throw new DetailedFault("escaped with " + n, n, Array.Empty<string>());
    }

    [Case]
    public static string ExceptionFromADeepFrameEscapesTheEntry()
    {
        return Level(5);
    }

    private static string Level(int n)
    {
        Flow.Checkpoint();
        if (n == 0)
        {
            throw new KeyNotFoundException("bottom reached");
        }

        try
        {
            return Level(n - 1);
        }
        finally
        {
            Trace.Log("unwinding " + n);
        }
    }
}
