using System.Globalization;
using System.Reflection;
using Flowmetal.Execution;
using Flowmetal.Serialization;

namespace Flowmetal.Worker.Containment;

/// <summary>
/// Finds what makes a continuation large: each frame field's value measured on its own with the serializer. Only
/// run when a continuation exceeds its limit, to name the largest locals in the error. Approximate: a value shared
/// by two locals counts in both, and each measure carries the envelope of one value.
/// </summary>
internal static class ContinuationSizes
{
    public static string Largest(Continuation continuation, ContinuationSerializer serializer, int count = 3)
    {
        var sizes = new List<(string Holder, long Bytes)>();
        foreach (var frame in continuation.Frames)
        {
            var method = FrameTypeInfo.Of(frame.GetType())?.MethodId ?? frame.GetType().FullName ?? frame.GetType().Name;
            foreach (var field in frame.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (field.DeclaringType == typeof(Frame) || field.GetValue(frame) is not { } value)
                {
                    continue;
                }

                try
                {
                    sizes.Add(($"{FrameFieldNames.Describe(field.Name)} in {method}", serializer.SerializeValue(value, field.Name).LongLength));
                }
                catch (Exception error) when (error is not OutOfMemoryException)
                {
                    // A value that cannot be measured alone (the serializer refuses it outside its graph) is left out.
                }
            }
        }

        return sizes.Count == 0
            ? "no single local could be measured"
            : string.Join(", ", sizes.OrderByDescending(s => s.Bytes).Take(count).Select(s => $"{s.Holder} (about {Bytes(s.Bytes)})"));
    }

    public static string Bytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KiB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}
