using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>Stack values that flow into join points of conditional code (dup, ?., ??, ?:) with suspending calls on either side.</summary>
public static class StackMergeCases
{
    private static int F(int x)
    {
        Flow.Checkpoint();
        Trace.Log("F" + x);
        return x * 10;
    }

    private static string S(string s)
    {
        int v = Flow.WaitForSignal<int>("s");
        Trace.Log("S" + s);
        return s + v;
    }

    public sealed class Node
    {
        public Node? Next;
        public string Name = "n";
        public int Value;

        public Node? Step()
        {
            Flow.Checkpoint();
            return Next;
        }

        public string Label()
        {
            Flow.Checkpoint();
            return Name;
        }
    }

    [Case]
    public static string ConditionalOperandsWithValuesBelow()
    {
        var log = new List<int>();
        for (int i = 0; i < 4; i++)
        {
            bool c = i % 2 == 0, d = i > 1;
            int x = i + (c ? F(i) : 5) + (d ? 1 : F(i + 10)) * (c && d ? F(i + 20) : 2);
            log.Add(x);
        }

        return string.Join(",", log);
    }

    [Case]
    public static string ConditionalValuesStoredIntoFieldsAndElements()
    {
        var node = new Node();
        var arr = new int[4];
        var names = new string[4];
        for (int i = 0; i < 4; i++)
        {
            node.Value += i % 2 == 0 ? F(i) : i;
            arr[i] = i > 1 ? F(i) : -i;
            names[i % 2 == 0 ? 0 : F(0) / 10 + 1] = i < 2 ? S("n" + i) : "x" + i;
        }

        return node.Value + "|" + string.Join(",", arr) + "|" + string.Join(",", names);
    }

    [Case]
    public static string NullConditionalChainsThatSuspend()
    {
        var c = new Node { Name = "c" };
        var b = new Node { Name = "b", Next = c };
        var a = new Node { Name = "a", Next = b };
        Node? none = null;
        string r1 = a.Step()?.Step()?.Label() ?? "none";
        string r2 = a.Step()?.Step()?.Step()?.Label() ?? "end";
        string r3 = none?.Step()?.Label() ?? S("null");
        int? len = a.Step()?.Label().Length + F(1);
        return r1 + "|" + r2 + "|" + r3 + "|" + len;
    }

    [Case]
    public static string CoalescingInTheMiddleOfExpressions()
    {
        string? missing = null;
        string present = "p";
        int total = 1 + (missing ?? S("m")).Length + (present ?? S("never")).Length * F(1);
        string text = "<" + (missing ?? present) + (missing ?? S("x")) + ">";
        return total + text;
    }

    [Case]
    public static string SwitchExpressionsAsArgumentsWithValuesBelow()
    {
        var parts = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            parts.Add(Join(i, i switch
            {
                0 => F(1),
                1 => F(2) + F(3),
                _ => i * 100,
            }, S("z" + i)));
        }

        return string.Join(",", parts);
    }

    private static string Join(int a, int b, string c)
    {
        Flow.Checkpoint();
        return a + ":" + b + ":" + c;
    }

    [Case]
    public static string BooleanLogicWithSuspendingOperands()
    {
        var log = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            bool x = (F(i) > 10 || F(i + 1) > 25) && !(F(i + 2) == 40 ^ i == 3);
            bool y = i > 1 ? F(i) > 20 : F(i) == 0;
            log.Add(x + "/" + y);
        }

        return string.Join(",", log);
    }

    [Case]
    public static string DupHeavyCompoundOperations()
    {
        var node = new Node { Value = 1 };
        var arr = new[] { 1, 2, 3 };
        int i = 0;
        node.Value = node.Value++ + F(1) + ++node.Value;
        arr[i++] = arr[i] + F(2);
        arr[++i] += arr[i - 1] * F(3);
        int a, b, c;
        a = b = c = F(4) + i;
        return node.Value + "|" + string.Join(",", arr) + "|" + a + b + c + "|" + i;
    }
}
