using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Flowmetal.Worker;

/// <summary>
/// Names child flows so that starting is idempotent without a write of its own: the parent's id,
/// '/', the number of the parent's stored suspensions before the start (which a parent run again
/// from its last checkpoint after a crash has again), '.', and the start's index since then.
/// </summary>
internal static class ChildIds
{
    private const int MaxLength = 128;

    public static FlowId Of(FlowId parent, int segment, int index)
    {
        var suffix = string.Create(CultureInfo.InvariantCulture, $"/{segment}.{index}");
        if (parent.Value.Length + suffix.Length <= MaxLength)
        {
            return new FlowId(parent.Value + suffix);
        }

        // Deep nesting outgrows the id's length: keep a stable digest of the parent instead.
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parent.Value)))[..40];
        return new FlowId("c-" + digest + suffix);
    }
}
