using System.Globalization;
using System.Xml.Linq;

namespace Flowmetal.Fody.Configuration;

/// <summary>
/// A <c>&lt;Retry Method="Ns.Type::Method" Attempts="5" Backoff="00:00:01" MaxBackoff="00:01:00"
/// On="Ns.SomeException;Ns.Other" /&gt;</c> rule: every call to the method from woven code is
/// retried by the policy, with durable waits between attempts.
/// </summary>
public sealed class RetryRule
{
    private static readonly char[] ListSeparators = [';', ','];

    private RetryRule(string text, string typeName, string methodName, int attempts, TimeSpan backoff, TimeSpan maxBackoff, IReadOnlyList<string> retryOn)
    {
        Text = text;
        TypeName = typeName;
        MethodName = methodName;
        Attempts = attempts;
        Backoff = backoff;
        MaxBackoff = maxBackoff;
        RetryOn = retryOn;
    }

    /// <summary>The element as written, for messages.</summary>
    public string Text { get; }

    /// <summary>The declaring type, dotted (<c>Acme.Payments.Gateway</c>).</summary>
    public string TypeName { get; }

    /// <summary>The method name; every overload is retried.</summary>
    public string MethodName { get; }

    /// <summary>Attempts in all, the first included.</summary>
    public int Attempts { get; }

    /// <summary>Wait before the second attempt; doubles each time.</summary>
    public TimeSpan Backoff { get; }

    /// <summary>The longest wait.</summary>
    public TimeSpan MaxBackoff { get; }

    /// <summary>Exception types retried; empty means all.</summary>
    public IReadOnlyList<string> RetryOn { get; }

    /// <summary>Parses the element; returns an error message instead when it is malformed.</summary>
    public static RetryRule? TryParse(XElement element, out string? error)
    {
        var text = element.ToString(SaveOptions.DisableFormatting);
        error = null;
        foreach (var attribute in element.Attributes())
        {
            if (attribute.Name.LocalName is not ("Method" or "Attempts" or "Backoff" or "MaxBackoff" or "On"))
            {
                error = $"{text}: unknown attribute '{attribute.Name}' (expected Method, Attempts, Backoff, MaxBackoff, On)";
                return null;
            }
        }

        var method = (string?)element.Attribute("Method");
        int separator = method?.IndexOf("::", StringComparison.Ordinal) ?? -1;
        if (method is null || separator <= 0 || separator + 2 >= method.Length)
        {
            error = $"{text}: Method must name a method as Ns.Type::Method";
            return null;
        }

        int attempts = 3;
        if (element.Attribute("Attempts") is { } attemptsText &&
            (!int.TryParse(attemptsText.Value, NumberStyles.None, CultureInfo.InvariantCulture, out attempts) || attempts < 1))
        {
            error = $"{text}: Attempts must be a whole number of at least 1";
            return null;
        }

        var backoff = TimeSpan.FromSeconds(1);
        if (element.Attribute("Backoff") is { } backoffText && !TryDuration(backoffText.Value, out backoff))
        {
            error = $"{text}: Backoff must be a non-negative duration such as 00:00:01";
            return null;
        }

        var maxBackoff = TimeSpan.FromTicks(Math.Max(backoff.Ticks, TimeSpan.FromMinutes(1).Ticks));
        if (element.Attribute("MaxBackoff") is { } maxText && !TryDuration(maxText.Value, out maxBackoff))
        {
            error = $"{text}: MaxBackoff must be a non-negative duration such as 00:01:00";
            return null;
        }

        if (maxBackoff < backoff)
        {
            error = $"{text}: MaxBackoff ({maxBackoff}) is shorter than Backoff ({backoff})";
            return null;
        }

        var retryOn = ((string?)element.Attribute("On") ?? string.Empty)
            .Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim())
            .ToList();
        return new RetryRule(text, method.Substring(0, separator).Replace('+', '.'), method.Substring(separator + 2), attempts, backoff, maxBackoff, retryOn);
    }

    private static bool TryDuration(string text, out TimeSpan value) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value) && value >= TimeSpan.Zero;
}
