using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>Byrefs on the evaluation stack across a suspension, ref/out/in parameters, struct methods mutating this.</summary>
public static class ByRefCases
{
    private static int s_counter = 1;
    private static Vec s_vec = new(1, 1);

    private static int Next()
    {
        int v = Flow.WaitForSignal<int>("v");
        Trace.Log("next " + v);
        return v;
    }

    private static string Word()
    {
        Flow.Checkpoint();
        return "w";
    }

    public sealed class Box
    {
        public int Field;
        public long Wide;
        public string Text = "t";
        public Vec Vec;
        public Vec[] Vecs = new Vec[2];
    }

    [Case]
    public static string CompoundAssignmentThroughArrayElements()
    {
        var ints = new[] { 1, 2, 3 };
        var longs = new[] { 10L, 20L };
        var strs = new[] { "a", "b" };
        var doubles = new[] { 0.5 };
        var shorts = new short[] { 1, 2 };
        int i = 1;
        ints[i] += Next();
        ints[i + 1] *= Next();
        longs[0] -= Next();
        strs[1] += Word();
        doubles[0] += Next();
        shorts[1] += (short)Next();
        ints[0]++;
        return string.Join(",", ints) + ";" + string.Join(",", longs) + ";" + string.Join(",", strs) + ";" + doubles[0] + ";" + shorts[1];
    }

    [Case]
    public static string CompoundAssignmentThroughFields()
    {
        s_counter = 1;
        s_vec = new Vec(1, 1);
        var box = new Box { Field = 5, Wide = 1 };
        box.Field += Next();
        box.Wide <<= Next() / 10;
        box.Text += Word();
        box.Vec.X += Next();
        box.Vec.In.Z += Next();
        box.Vec.In.Tag += Word();
        s_counter += Next();
        s_vec.Y += Next();
        return box.Field + ";" + box.Wide + ";" + box.Text + ";" + box.Vec + ";" + s_counter + ";" + s_vec;
    }

    [Case]
    public static string CompoundAssignmentThroughStructLocals()
    {
        var local = new Vec(7, 8);
        local.X += Next();
        local.In.Z += Next();
        local.In.Tag += Word();
        var pair = (A: 1, B: new Vec(2, 3));
        pair.B.Y += Next();
        pair.A += Next();
        return local + ";" + pair.A + pair.B;
    }

    [Case]
    public static string CompoundAssignmentThroughStructArrays()
    {
        var vecs = new Vec[3];
        int i = 2;
        vecs[i].X += Next();
        vecs[i].In.Z += Next();
        vecs[0].In.Tag += Word();
        var box = new Box();
        box.Vecs[1].Y += Next();
        var jag = new[] { new[] { 1, 2 }, new[] { 3 } };
        jag[0][1] += Next();
        jag[1][0] += Next();
        return string.Join(",", vecs) + ";" + box.Vecs[1] + ";" + jag[0][1] + jag[1][0];
    }

    [Case]
    public static string RefAndOutParametersToSuspendingMethods()
    {
        s_counter = 1;
        int x = 1;
        Increment(ref x);
        Increment(ref x);
        var arr = new[] { 10, 20 };
        Increment(ref arr[1]);
        var box = new Box { Field = 100 };
        Increment(ref box.Field);
        var vec = new Vec(0, 0);
        Increment(ref vec.Y);
        Increment(ref s_counter);
        bool ok = TryRead("k", out var value);
        Read(out string text, out long wide);
        return x + "," + arr[1] + "," + box.Field + "," + vec + "," + ok + value + "," + text + wide;
    }

    private static void Increment(ref int target)
    {
        int before = target;
        Flow.Checkpoint();
        target = before + Next();
    }

    private static bool TryRead(string key, out int value)
    {
        Flow.Checkpoint();
        value = key.Length + Next();
        return true;
    }

    private static void Read(out string text, out long wide)
    {
        text = "early";
        Flow.Checkpoint();
        wide = Next();
        text += Word();
    }

    [Case]
    public static string RefParametersForwardedDown()
    {
        int x = 5;
        var v = new Vec(1, 2);
        Outer(ref x, ref v);
        return x + ";" + v;
    }

    private static void Outer(ref int x, ref Vec v)
    {
        x++;
        Middle(ref x, ref v);
        v.Y += x;
    }

    private static void Middle(ref int x, ref Vec v)
    {
        Flow.Checkpoint();
        Inner(ref v.In.Z, ref x);
        x *= 2;
    }

    private static void Inner(ref long z, ref int x)
    {
        z += Next();
        x += 1;
    }

    [Case]
    public static string InParametersAndReadonlyRefs()
    {
        var v = new Vec(3, 4);
        var r = Length(in v) + Length(new Vec(1, 1));
        return r + ";" + v;
    }

    private static int Length(in Vec v)
    {
        Flow.Checkpoint();
        return v.X * v.X + v.Y * v.Y;
    }

    public struct Counter
    {
        public int Count;
        public string Log;

        public void Tick()
        {
            Count++;
            Flow.Checkpoint();
            Log += Count;
        }

        public int TickTwice()
        {
            Tick();
            Tick();
            return Count;
        }

        public void AddFrom(ref Counter other)
        {
            Flow.Checkpoint();
            Count += other.Count;
            other.Count = 0;
        }
    }

    public sealed class CounterHolder
    {
        public Counter Counter;
        public Counter[] Counters = new Counter[2];
    }

    [Case]
    public static string StructMethodsThatSuspendAndMutateThis()
    {
        var c = new Counter { Log = "" };
        c.Tick();
        int twice = c.TickTwice();
        var arr = new Counter[2];
        arr[1].Log = "a";
        arr[1].Tick();
        arr[1].TickTwice();
        var holder = new CounterHolder();
        holder.Counter.Tick();
        holder.Counters[0].TickTwice();
        c.AddFrom(ref arr[1]);
        return c.Count + c.Log + ";" + twice + ";" + arr[1].Count + arr[1].Log + ";" + holder.Counter.Count + holder.Counters[0].Count;
    }

    [Case]
    public static string ReadonlyFieldStructCallsUseACopy()
    {
        var h = new ReadonlyHolder();
        h.Tick();
        h.Tick();
        return h.Report();
    }

    public sealed class ReadonlyHolder
    {
        private readonly Counter _frozen = new() { Log = "f" };
        private Counter _live = new() { Log = "l" };

        public void Tick()
        {
            _frozen.Tick();
            _live.Tick();
        }

        public string Report() => _frozen.Count + _frozen.Log + "/" + _live.Count + _live.Log;
    }

    [Case]
    public static string SwapThroughRefsAcrossSuspension()
    {
        var arr = new[] { "x", "y", "z" };
        Swap(ref arr[0], ref arr[2]);
        int a = 1, b = 2;
        Swap(ref a, ref b);
        return string.Join(",", arr) + a + b;
    }

    private static void Swap<T>(ref T left, ref T right)
    {
        var tmp = left;
        Flow.Checkpoint();
        left = right;
        right = tmp;
    }

    [Case]
    public static string PrefixAndPostfixThroughElements()
    {
        var arr = new[] { 1, 2, 3 };
        var box = new Box();
        int r = arr[Next() / 10]++ + ++arr[0] + Next();
        box.Field = box.Field++ + Next();
        return string.Join(",", arr) + ";" + r + ";" + box.Field;
    }
}
