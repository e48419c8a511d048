using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>Loops, break/continue, switch jump tables, goto case, string switches and pattern switches around suspensions.</summary>
public static class ControlFlowCases
{
    private static int Next()
    {
        int v = Flow.WaitForSignal<int>("v");
        Trace.Log("next " + v);
        return v;
    }

    private static int Id(int x)
    {
        Flow.Checkpoint();
        return x;
    }

    [Case]
    public static string ForWhileDoLoops()
    {
        var log = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            Flow.Checkpoint();
            log.Add("f" + i);
        }

        int w = 0;
        while (w < 3)
        {
            w += Id(1);
            log.Add("w" + w);
        }

        int d = 10;
        do
        {
            d -= Id(4);
            log.Add("d" + d);
        }
        while (d > 0);

        for (int a = 0, b = 10; a < b; a += Id(3), b -= 2)
        {
            log.Add(a + ":" + b);
        }

        return string.Join(",", log);
    }

    [Case]
    public static string LoopConditionsThatSuspend()
    {
        int n = 0;
        while (Id(n) < 4)
        {
            n++;
        }

        int count = 0;
        for (int i = 0; i < Id(5); i++)
        {
            count += i;
        }

        return n + "," + count;
    }

    [Case]
    public static string NestedLoopsWithBreakContinueAndEarlyExit()
    {
        var log = new List<string>();
        for (int i = 0; i < 5; i++)
        {
            if (i == 1)
            {
                Flow.Checkpoint();
                continue;
            }

            for (int j = 0; j < 5; j++)
            {
                if (j > i)
                {
                    break;
                }

                if ((i + j) % 2 == 1)
                {
                    Flow.Checkpoint();
                    continue;
                }

                log.Add(i + "" + j + Id(j));
                if (i == 4 && j == 2)
                {
                    goto done;
                }
            }
        }

    done:
        Flow.Checkpoint();
        return string.Join(",", log);
    }

    [Case]
    public static string ForeachOverArraysAndStrings()
    {
        var total = 0;
        foreach (var v in new[] { 3, 1, 4, 1, 5 })
        {
            total += v * Id(2);
        }

        var chars = "";
        foreach (var c in "abc")
        {
            Flow.Checkpoint();
            chars = c + chars;
        }

        var names = new[] { new Vec(1, 2), new Vec(3, 4) };
        foreach (var v in names)
        {
            total += v.X + Id(v.Y);
        }

        foreach (var row in new[] { new[] { 1, 2 }, new[] { 3 } })
        {
            foreach (var x in row)
            {
                total += Id(x);
            }
        }

        return total + chars;
    }

    [Case]
    public static string DenseSwitchJumpTable()
    {
        var log = new List<string>();
        for (int i = -1; i < 9; i++)
        {
            switch (i)
            {
                case 0:
                    log.Add("zero" + Id(0));
                    break;
                case 1:
                case 2:
                    Flow.Checkpoint();
                    log.Add("small" + i);
                    break;
                case 3:
                    log.Add("three");
                    goto case 5;
                case 4:
                    log.Add("four" + Next());
                    goto default;
                case 5:
                    Flow.Checkpoint();
                    log.Add("five");
                    break;
                case 6:
                    log.Add("six" + Id(6));
                    goto case 0;
                default:
                    Flow.Checkpoint();
                    log.Add("d" + i);
                    break;
            }
        }

        return string.Join(",", log);
    }

    [Case]
    public static string SwitchOnSuspendingValueAndEnums()
    {
        var log = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            switch (Id(i) % 3)
            {
                case 0:
                    log.Add("a");
                    break;
                case 1:
                    log.Add("b" + Id(i));
                    break;
                default:
                    log.Add("c");
                    break;
            }

            switch ((Color)i)
            {
                case Color.Red:
                    Flow.Checkpoint();
                    log.Add("red");
                    break;
                case Color.Blue:
                    log.Add("blue" + Id(2));
                    break;
            }
        }

        return string.Join(",", log);
    }

    [Case]
    public static string StringSwitches()
    {
        var log = new List<string>();
        foreach (var word in new[] { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "other" })
        {
            switch (word)
            {
                case "alpha":
                case "beta":
                    log.Add(word.Substring(0, 1) + Id(1));
                    break;
                case "gamma":
                    Flow.Checkpoint();
                    goto case "delta";
                case "delta":
                    log.Add("d" + Id(4));
                    break;
                case "epsilon":
                case "zeta":
                case "eta":
                case "theta":
                    Flow.Checkpoint();
                    log.Add(word.Length.ToString());
                    break;
                default:
                    log.Add("?" + Next());
                    break;
            }
        }

        return string.Join(",", log);
    }

    [Case]
    public static string PatternSwitchExpressionsWithSuspendingArms()
    {
        object?[] inputs = { 5, -3, 42, "str", "", null, 2.5, new Vec(1, 0), new Vec(0, 7), Color.Green, new[] { 1, 2, 3 } };
        var log = new List<string>();
        foreach (var o in inputs)
        {
            log.Add(o switch
            {
                int n when n > 10 => "big" + Id(n),
                int n and < 0 => "neg" + Next(),
                int n => "int" + n,
                string { Length: 0 } => "empty",
                string s => s.ToUpperInvariant() + Id(s.Length),
                null => "null" + Id(0),
                double d => "d" + (d * Id(2)),
                Vec { X: > 0 } v => "vx" + Id(v.X),
                Vec { Y: var y } => "vy" + y,
                Color c => c + "" + Next(),
                int[] and [1, var second, ..] => "list" + Id(second),
                _ => "other",
            });
        }

        return string.Join(",", log);
    }

    [Case]
    public static string RelationalPatternsAndNestedSwitchExpressions()
    {
        var log = new List<string>();
        for (int i = 0; i < 6; i++)
        {
            var grade = (i * 17 % 50) switch
            {
                < 10 => "F",
                >= 10 and < 20 => i % 2 == 0 ? "D" + Id(i) : "D",
                >= 20 and < 40 => (Id(i) % 3) switch { 0 => "C0", 1 => "C1", _ => "C2" },
                _ => "A" + Next(),
            };
            log.Add(grade);
        }

        return string.Join(",", log);
    }

    [Case]
    public static int GotoLoopsAndLabels()
    {
        int i = 0, sum = 0;
    top:
        if (i >= 5)
        {
            goto end;
        }

        sum += Id(i);
        i++;
        if (sum > 100)
        {
            goto end;
        }

        goto top;
    end:
        return sum;
    }

    [Case]
    public static string EarlyReturnsFromInsideLoops()
    {
        return Find(new[] { 4, 8, 15, 16, 23, 42 }, 16) + "," + Find(new[] { 1 }, 2);
    }

    private static string Find(int[] items, int target)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (Id(items[i]) == target)
            {
                return "at" + i;
            }
        }

        return "none";
    }
}
