using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>Large methods: many suspension points and many live locals in one frame.</summary>
public static class StressCases
{
    [Case]
    public static string SixtyFourSuspensionPointsInOneMethod()
    {
        int v0 = 0;
        long v1 = 1L << 20;
        string v2 = "s2";
        double v3 = 3.5;
        Vec v4 = new Vec(4, -4);
        decimal v5 = 5.25m;
        bool v6 = false;
        char v7 = (char)('a' + 7);
        int v8 = 8;
        long v9 = 9L << 20;
        string v10 = "s10";
        double v11 = 11.5;
        Vec v12 = new Vec(12, -12);
        decimal v13 = 13.25m;
        bool v14 = false;
        char v15 = (char)('a' + 15);
        int v16 = 16;
        long v17 = 17L << 20;
        string v18 = "s18";
        double v19 = 19.5;
        Vec v20 = new Vec(20, -20);
        decimal v21 = 21.25m;
        bool v22 = false;
        char v23 = (char)('a' + 23);
        int v24 = 24;
        long v25 = 25L << 20;
        string v26 = "s26";
        double v27 = 27.5;
        Vec v28 = new Vec(28, -28);
        decimal v29 = 29.25m;
        bool v30 = false;
        char v31 = (char)('a' + 31);
        int v32 = 32;
        long v33 = 33L << 20;
        string v34 = "s34";
        double v35 = 35.5;
        Vec v36 = new Vec(36, -36);
        decimal v37 = 37.25m;
        bool v38 = false;
        char v39 = (char)('a' + 39);
        int v40 = 40;
        long v41 = 41L << 20;
        string v42 = "s42";
        double v43 = 43.5;
        Vec v44 = new Vec(44, -44);
        decimal v45 = 45.25m;
        bool v46 = false;
        char v47 = (char)('a' + 47);
        int v48 = 48;
        long v49 = 49L << 20;
        string v50 = "s50";
        double v51 = 51.5;
        Vec v52 = new Vec(52, -52);
        decimal v53 = 53.25m;
        bool v54 = false;
        char v55 = (char)('a' + 55);
        int v56 = 56;
        long v57 = 57L << 20;
        string v58 = "s58";
        double v59 = 59.5;
        Vec v60 = new Vec(60, -60);
        decimal v61 = 61.25m;
        bool v62 = false;
        char v63 = (char)('a' + 63);
        var log = new List<string>();
        Flow.Checkpoint();
        v0 += v0;
        Flow.Sleep(TimeSpan.Zero);
        v1 ^= 1;
        v0 += Flow.WaitForSignal<int>("s2");
        v2 += "!";
        Flow.Checkpoint();
        v3 *= 1.5;
        Flow.Sleep(TimeSpan.Zero);
        v4.X += 4;
        v0 += Flow.WaitForSignal<int>("s5");
        v5 += 0.5m;
        Flow.Checkpoint();
        v6 = !v6;
        Flow.Sleep(TimeSpan.Zero);
        v7++;
        log.Add(v7.ToString() + v4);
        v0 += Flow.WaitForSignal<int>("s8");
        v8 += v56;
        Flow.Checkpoint();
        v9 ^= 9;
        Flow.Sleep(TimeSpan.Zero);
        v10 += "!";
        v0 += Flow.WaitForSignal<int>("s11");
        v11 *= 1.5;
        Flow.Checkpoint();
        v12.X += 12;
        Flow.Sleep(TimeSpan.Zero);
        v13 += 0.5m;
        v0 += Flow.WaitForSignal<int>("s14");
        v14 = !v14;
        Flow.Checkpoint();
        v15++;
        log.Add(v15.ToString() + v12);
        Flow.Sleep(TimeSpan.Zero);
        v16 += v48;
        v0 += Flow.WaitForSignal<int>("s17");
        v17 ^= 17;
        Flow.Checkpoint();
        v18 += "!";
        Flow.Sleep(TimeSpan.Zero);
        v19 *= 1.5;
        v0 += Flow.WaitForSignal<int>("s20");
        v20.X += 20;
        Flow.Checkpoint();
        v21 += 0.5m;
        Flow.Sleep(TimeSpan.Zero);
        v22 = !v22;
        v0 += Flow.WaitForSignal<int>("s23");
        v23++;
        log.Add(v23.ToString() + v20);
        Flow.Checkpoint();
        v24 += v40;
        Flow.Sleep(TimeSpan.Zero);
        v25 ^= 25;
        v0 += Flow.WaitForSignal<int>("s26");
        v26 += "!";
        Flow.Checkpoint();
        v27 *= 1.5;
        Flow.Sleep(TimeSpan.Zero);
        v28.X += 28;
        v0 += Flow.WaitForSignal<int>("s29");
        v29 += 0.5m;
        Flow.Checkpoint();
        v30 = !v30;
        Flow.Sleep(TimeSpan.Zero);
        v31++;
        log.Add(v31.ToString() + v28);
        v0 += Flow.WaitForSignal<int>("s32");
        v32 += v32;
        Flow.Checkpoint();
        v33 ^= 33;
        Flow.Sleep(TimeSpan.Zero);
        v34 += "!";
        v0 += Flow.WaitForSignal<int>("s35");
        v35 *= 1.5;
        Flow.Checkpoint();
        v36.X += 36;
        Flow.Sleep(TimeSpan.Zero);
        v37 += 0.5m;
        v0 += Flow.WaitForSignal<int>("s38");
        v38 = !v38;
        Flow.Checkpoint();
        v39++;
        log.Add(v39.ToString() + v36);
        Flow.Sleep(TimeSpan.Zero);
        v40 += v24;
        v0 += Flow.WaitForSignal<int>("s41");
        v41 ^= 41;
        Flow.Checkpoint();
        v42 += "!";
        Flow.Sleep(TimeSpan.Zero);
        v43 *= 1.5;
        v0 += Flow.WaitForSignal<int>("s44");
        v44.X += 44;
        Flow.Checkpoint();
        v45 += 0.5m;
        Flow.Sleep(TimeSpan.Zero);
        v46 = !v46;
        v0 += Flow.WaitForSignal<int>("s47");
        v47++;
        log.Add(v47.ToString() + v44);
        Flow.Checkpoint();
        v48 += v16;
        Flow.Sleep(TimeSpan.Zero);
        v49 ^= 49;
        v0 += Flow.WaitForSignal<int>("s50");
        v50 += "!";
        Flow.Checkpoint();
        v51 *= 1.5;
        Flow.Sleep(TimeSpan.Zero);
        v52.X += 52;
        v0 += Flow.WaitForSignal<int>("s53");
        v53 += 0.5m;
        Flow.Checkpoint();
        v54 = !v54;
        Flow.Sleep(TimeSpan.Zero);
        v55++;
        log.Add(v55.ToString() + v52);
        v0 += Flow.WaitForSignal<int>("s56");
        v56 += v8;
        Flow.Checkpoint();
        v57 ^= 57;
        Flow.Sleep(TimeSpan.Zero);
        v58 += "!";
        v0 += Flow.WaitForSignal<int>("s59");
        v59 *= 1.5;
        Flow.Checkpoint();
        v60.X += 60;
        Flow.Sleep(TimeSpan.Zero);
        v61 += 0.5m;
        v0 += Flow.WaitForSignal<int>("s62");
        v62 = !v62;
        Flow.Checkpoint();
        v63++;
        log.Add(v63.ToString() + v60);
        return string.Join(",", log) + "|" + string.Join(",", new object[] { v0, v5, v10, v15, v20, v25, v30, v35, v40, v45, v50, v55, v60 });
    }

    [Case]
    public static long ManyFramesOfDifferentShapes() => A(3, 1.5, "x");

    private static long A(int n, double d, string s)
    {
        var list = new List<int> { n };
        Flow.Checkpoint();
        long r = B(n + 1, new Vec(n, n)) + (long)d + s.Length + list.Count;
        Flow.Checkpoint();
        return r;
    }

    private static long B(int n, Vec v)
    {
        decimal m = n * 1.5m;
        var arr = new long[] { n, v.X };
        arr[1] += C(n, ref v);
        return arr[0] + arr[1] + (long)m + v.Y;
    }

    private static int C(int n, ref Vec v)
    {
        Flow.Sleep(TimeSpan.Zero);
        v.Y += n;
        return n > 10 ? n : D(n * 3, out var extra) + extra;
    }

    private static int D(int n, out int extra)
    {
        extra = n;
        Flow.Checkpoint();
        extra += Flow.WaitForSignal<int>("d");
        return n;
    }
}
