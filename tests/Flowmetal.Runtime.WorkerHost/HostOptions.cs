namespace Flowmetal.Runtime.WorkerHost;

/// <summary>The worker host's command line.</summary>
internal sealed class HostOptions
{
    public string Mode { get; private set; } = "work";

    public string Redis { get; private set; } = "127.0.0.1:6379";

    public string Prefix { get; private set; } = "flowmetal";

    public int LeaseMilliseconds { get; private set; } = 30_000;

    public int Threads { get; private set; } = 4;

    public int StepMilliseconds { get; private set; }

    public int Count { get; private set; } = 1;

    public string[] Ids { get; private set; } = Array.Empty<string>();

    public int MaxAttempts { get; private set; } = 5;

    public int ClaimAhead { get; private set; }

    public int BackoffMilliseconds { get; private set; } = 1000;

    /// <summary>The store's FlowStoreLimits.KeptContinuations (continuations kept per flow).</summary>
    public int KeptContinuations { get; private set; } = 5;

    /// <summary>
    /// False: a flow's side effect (SideEffects.Record) is an INCR the flow waits for (what the crash tests count on);
    /// true: sent without waiting for Redis's answer, in order on one connection (a benchmark's counter, which should not
    /// make each flow a blocking round trip longer).
    /// </summary>
    public bool UnacknowledgedEffects { get; private set; }

    public static HostOptions Parse(string[] args)
    {
        var options = new HostOptions();
        if (args.Length > 0)
        {
            options.Mode = args[0];
        }

        for (int i = 1; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--redis": options.Redis = value; break;
                case "--prefix": options.Prefix = value; break;
                case "--lease-ms": options.LeaseMilliseconds = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--threads": options.Threads = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--step-ms": options.StepMilliseconds = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--count": options.Count = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--ids": options.Ids = value.Split(',', StringSplitOptions.RemoveEmptyEntries); break;
                case "--claim-ahead": options.ClaimAhead = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--max-attempts": options.MaxAttempts = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--kept": options.KeptContinuations = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--effects":
                    options.UnacknowledgedEffects = value switch
                    {
                        "acknowledged" => false,
                        "unacknowledged" => true,
                        _ => throw new ArgumentException($"--effects takes acknowledged or unacknowledged, not '{value}'"),
                    };
                    break;
                case "--backoff-ms": options.BackoffMilliseconds = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return options;
    }
}
