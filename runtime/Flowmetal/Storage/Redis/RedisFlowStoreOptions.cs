namespace Flowmetal.Storage.Redis;

/// <summary>Options of a <see cref="RedisFlowStore"/>.</summary>
public sealed class RedisFlowStoreOptions
{
    /// <summary>
    /// Prefix of every key and channel the store uses, so several applications (or test runs) can
    /// share one Redis. No braces or whitespace. Default: <c>flowmetal</c>.
    /// </summary>
    public string KeyPrefix { get; init; } = "flowmetal";

    /// <summary>The Redis database number, or -1 for the connection's default.</summary>
    public int Database { get; init; } = -1;

    internal void Validate()
    {
        if (string.IsNullOrEmpty(KeyPrefix) || KeyPrefix.Any(c => c is '{' or '}' || char.IsWhiteSpace(c)))
        {
            throw new ArgumentException($"'{KeyPrefix}' is not a valid key prefix: it must be non-empty, without braces or whitespace.", nameof(KeyPrefix));
        }
    }
}
