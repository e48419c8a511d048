using System.Globalization;

namespace Flowmetal.Tool.Output;

/// <summary>Times as operators read them: UTC to the second, and how long ago.</summary>
internal static class Times
{
    public static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Ago(DateTimeOffset time, DateTimeOffset now)
    {
        var span = now - time;
        var future = span < TimeSpan.Zero;
        if (future)
        {
            span = -span;
        }

        var text = span.TotalSeconds < 60 ? $"{(int)span.TotalSeconds}s"
            : span.TotalMinutes < 60 ? $"{(int)span.TotalMinutes}m"
            : span.TotalHours < 48 ? $"{(int)span.TotalHours}h"
            : $"{(int)span.TotalDays}d";
        return future ? "in " + text : text + " ago";
    }

    public static string Both(DateTimeOffset time, DateTimeOffset now) => $"{Stamp(time)} ({Ago(time, now)})";
}
