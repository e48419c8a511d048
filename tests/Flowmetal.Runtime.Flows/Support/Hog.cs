namespace Flowmetal.Runtime.Flows.Support;

/// <summary>Starves the process: blocked thread-pool threads and a stream of large allocations. Not woven.</summary>
public static class Hog
{
    public static long Run(int milliseconds)
    {
        var until = DateTime.UtcNow.AddMilliseconds(milliseconds);
        for (int i = 0; i < 64 * Environment.ProcessorCount; i++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => Thread.Sleep(Math.Max(0, (int)(until - DateTime.UtcNow).TotalMilliseconds)), null);
        }

        long allocated = 0;
        var keep = new List<byte[]>();
        while (DateTime.UtcNow < until)
        {
            var block = new byte[8 * 1024 * 1024];
            block[^1] = 1;
            allocated += block.Length;
            keep.Add(block);
            if (keep.Count > 32)
            {
                keep.Clear();
            }
        }

        return allocated;
    }
}
