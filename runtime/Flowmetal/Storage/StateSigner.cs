using System.Security.Cryptography;
using System.Text;
using Flowmetal.Serialization;

namespace Flowmetal.Storage;

/// <summary>
/// Signs what a flow's state is made of (its entry call, its continuation, the payloads of its
/// signals, its result) with an HMAC-SHA256 key that clients and workers hold and the store does
/// not: someone who can write the store's keys (a Redis user, a backup restored by hand) cannot
/// change a flow's state, or move one flow's state into another, without the load failing. Each
/// signature covers the flow's id and what the bytes are, so a valid blob cannot be replayed as
/// another flow's or as another kind of value. Stored as <c>FMS1</c>, the 32-byte signature, the bytes.
/// </summary>
internal sealed class StateSigner
{
    private static readonly byte[] Magic = "FMS1"u8.ToArray();
    private const int SignatureLength = 32;
    private readonly byte[] _key;

    public StateSigner(byte[] key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("A signing key must be at least 32 bytes (256 bits) of random data.", nameof(key));
        }

        _key = (byte[])key.Clone();
    }

    /// <summary>The signer of a store that signs (<see cref="ISignedFlowStore"/>), or <see langword="null"/>.</summary>
    public static StateSigner? Of(IFlowStore store) => (store as ISignedFlowStore)?.Signer;

    public static byte[] Sign(StateSigner? signer, FlowId flow, string kind, byte[] data) => signer is null ? data : signer.Sign(flow, kind, data);

    /// <summary>Whether <paramref name="stored"/> carries a signature (was written by a client or worker with a key).</summary>
    public static bool IsSigned(byte[] stored) => stored.AsSpan().StartsWith(Magic) && stored.Length >= Magic.Length + SignatureLength;

    /// <summary>The signed bytes, or the error saying they were changed outside Flowmetal.</summary>
    /// <exception cref="FlowSerializationException">The signature is missing or does not match.</exception>
    public static byte[] Verify(StateSigner? signer, FlowId flow, string kind, byte[] stored)
    {
        if (signer is not null)
        {
            return signer.Verify(flow, kind, stored);
        }

        // A worker without the key reads what a signing client wrote, unchecked.
        return stored.AsSpan().StartsWith(Magic) && stored.Length >= Magic.Length + SignatureLength
            ? stored.AsSpan(Magic.Length + SignatureLength).ToArray()
            : stored;
    }

    private byte[] Sign(FlowId flow, string kind, byte[] data)
    {
        var signed = new byte[Magic.Length + SignatureLength + data.Length];
        Magic.CopyTo(signed, 0);
        Signature(flow, kind, data).CopyTo(signed, Magic.Length);
        data.CopyTo(signed, Magic.Length + SignatureLength);
        return signed;
    }

    private byte[] Verify(FlowId flow, string kind, byte[] stored)
    {
        if (!stored.AsSpan().StartsWith(Magic) || stored.Length < Magic.Length + SignatureLength)
        {
            throw new FlowSerializationException(
                $"The {kind} of flow {flow} is not signed, and this store signs every flow's state (RedisFlowStoreOptions.SigningKey): it was written " +
                "outside Flowmetal, or by a client without the key. It is not loaded.");
        }

        var data = stored.AsSpan(Magic.Length + SignatureLength).ToArray();
        if (!CryptographicOperations.FixedTimeEquals(stored.AsSpan(Magic.Length, SignatureLength), Signature(flow, kind, data)))
        {
            throw new FlowSerializationException(
                $"The {kind} of flow {flow} was changed outside Flowmetal (its signature does not match; RedisFlowStoreOptions.SigningKey): it is not loaded.");
        }

        return data;
    }

    private byte[] Signature(FlowId flow, string kind, byte[] data)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(Magic);
        hmac.AppendData(Encoding.UTF8.GetBytes(kind + "\n" + flow.Value + "\n"));
        hmac.AppendData(data);
        return hmac.GetHashAndReset();
    }
}

/// <summary>A store whose flows' state is signed: clients and workers sign what they store and check what they load.</summary>
internal interface ISignedFlowStore
{
    StateSigner? Signer { get; }
}

/// <summary>What signed bytes are, each signature covering its kind (so a payload cannot pass for a continuation).</summary>
internal static class StateKinds
{
    public const string Entry = "entry call";
    public const string Continuation = "continuation";
    public const string Result = "result";

    public static string Payload(string signal) => "payload of signal '" + signal + "'";
}
