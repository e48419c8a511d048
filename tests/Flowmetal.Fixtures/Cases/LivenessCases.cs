using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>
/// Locals whose only later use is easy to miss: in a finally, a catch, a filter, through an address,
/// in the next loop iteration, after a partial struct assignment. A wrong liveness analysis loses them.
/// </summary>
public static class LivenessCases
{
    private static int Next()
    {
        int v = Flow.WaitForSignal<int>("v");
        Trace.Log("next " + v);
        return v;
    }

    [Case]
    public static string LocalReadOnlyInAFinallyAfterTheSuspension()
    {
        string onlyInFinally = "kept";
        int counter = 7;
        var log = new List<string>();
        try
        {
            Flow.Checkpoint();
            log.Add("body");
        }
        finally
        {
            log.Add(onlyInFinally + counter);
        }

        return string.Join(",", log);
    }

    [Case]
    public static string LocalReadOnlyInACatchAfterTheSuspension()
    {
        string onlyInCatch = "from before";
        long wide = 1L << 40;
        try
        {
            Flow.Checkpoint();
            if (Next() > 0)
            {
                throw new InvalidOperationException("x");
            }

            return "no throw";
        }
        catch (InvalidOperationException)
        {
            return onlyInCatch + wide;
        }
    }

    [Case]
    public static string LocalReadOnlyInAFilterAfterTheSuspension()
    {
        int threshold = 3;
        try
        {
            Flow.Checkpoint();
            throw new FlowFaultLike(5);
        }
        catch (FlowFaultLike f) when (f.Code > threshold)
        {
            return "caught above " + threshold;
        }
    }

    public sealed class FlowFaultLike : Exception
    {
        public FlowFaultLike(int code) => Code = code;

        public int Code { get; }
    }

    [Case]
    public static string LocalReadThroughItsAddressAfterTheSuspension()
    {
        int counter = 10;
        var v = new Vec(1, 2);
        Flow.Checkpoint();
        Interlocked.Increment(ref counter);
        Shift(ref v);
        return counter + "," + v;
    }

    private static void Shift(ref Vec v) => v.X += 100;

    [Case]
    public static string PartiallyAssignedStructs()
    {
        Vec v;
        v.X = 1;
        v.Y = 2;
        v.In.Z = 3;
        v.In.Tag = null;
        Flow.Checkpoint();
        v.In.Tag = "t";
        Inner part;
        part.Z = 9;
        Flow.Checkpoint();
        part.Tag = "p";
        return v + "," + part.Z + part.Tag;
    }

    [Case]
    public static string LoopCarriedValuesReadInTheNextIteration()
    {
        int previous = -1;
        string trail = "";
        for (int i = 0; i < 4; i++)
        {
            if (previous >= 0)
            {
                trail += previous + ">";
            }

            Flow.Checkpoint();
            previous = i * i;
        }

        int a = 0, b = 1;
        int n = 0;
        do
        {
            int t = a + b;
            a = b;
            Flow.Checkpoint();
            b = t;
        }
        while (++n < 6);

        return trail + "|" + a + "," + b;
    }

    [Case]
    public static string LocalDeadAtOneSuspensionLiveAtAnother()
    {
        var log = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            string temp = "t" + i;
            if (i == 1)
            {
                Flow.Checkpoint();
                temp = "reassigned";
            }

            Flow.Checkpoint();
            log.Add(temp);
        }

        int x = 5;
        Flow.Checkpoint();
        x = Next();
        Flow.Checkpoint();
        log.Add(x.ToString());
        return string.Join(",", log);
    }

    [Case]
    public static string OutVariablesAndPatternVariablesAcrossSuspensions()
    {
        bool parsed = int.TryParse("42", out var number);
        object boxed = "text";
        Flow.Checkpoint();
        string result = parsed + ":" + number;
        if (boxed is string s && s.Length > Next() / 100)
        {
            Flow.Checkpoint();
            result += ":" + s;
        }

        return result;
    }

    [Case]
    public static string ParametersReassignedAndReadLater() => Reassign(1, "p", new Vec(1, 1));

    private static string Reassign(int n, string s, Vec v)
    {
        Flow.Checkpoint();
        n += 10;
        v.Y = n;
        Flow.Checkpoint();
        s += n;
        Flow.Checkpoint();
        return n + s + v;
    }

    [Case]
    public static string SwitchArmsUsingLocalsAssignedBeforeTheSuspension()
    {
        string a = "A", b = "B", c = "C";
        var log = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            int k = Next() % 4;
            Flow.Checkpoint();
            switch (k)
            {
                case 0:
                    log.Add(a);
                    break;
                case 1:
                    log.Add(b);
                    goto case 0;
                case 2:
                    log.Add(c);
                    break;
                default:
                    log.Add(a + b + c);
                    break;
            }
        }

        return string.Join(",", log);
    }
}
