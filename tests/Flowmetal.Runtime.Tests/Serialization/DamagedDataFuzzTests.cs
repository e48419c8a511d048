using Flowmetal.Execution;
using Flowmetal.Runtime.Flows.Catalogue;
using Flowmetal.Serialization;

namespace Flowmetal.Runtime.Tests.Serialization;

/// <summary>
/// Stored values damaged at random (bytes changed, cut, digits changed, a type index moved): a load
/// either gives a value or fails with <see cref="FlowSerializationException"/> naming the damage,
/// never with any other exception (which would escape a worker's error handling) and never by
/// crashing the process. The seed is fixed, so a failure reproduces.
/// </summary>
[TestClass]
public sealed class DamagedDataFuzzTests
{
    [TestMethod]
    public void RandomlyDamagedValuesFailOnlyWithSerializationErrors()
    {
        var serializer = new ContinuationSerializer();
        var random = new Random(20261202);
        var documents = CatalogueValues.All()
            .Where(e => !e.Name.Contains("10,000", StringComparison.Ordinal) && !e.Name.Contains("1,000", StringComparison.Ordinal))
            .Select(e => serializer.SerializeValue(e.Value, e.Name))
            .ToList();
        int loaded = 0, refused = 0;
        var unexpected = new List<string>();
        for (int round = 0; round < 3000; round++)
        {
            var original = documents[random.Next(documents.Count)];
            var damaged = Damage(original, random);
            try
            {
                serializer.DeserializeValue(damaged, "the damaged value");
                loaded++;
            }
            catch (FlowSerializationException)
            {
                refused++;
            }
            catch (Exception error)
            {
                if (unexpected.Count < 5)
                {
                    unexpected.Add($"{error.GetType().Name}: {error.Message} in {System.Text.Encoding.UTF8.GetString(damaged)}");
                }
            }
        }

        Assert.IsEmpty(unexpected, string.Join("\n", unexpected));
        Assert.IsGreaterThan(1000, refused);
        Assert.IsGreaterThan(0, loaded);
    }

    [TestMethod]
    public void RandomlyDamagedContinuationsFailOnlyWithResumeOrSerializationErrors()
    {
        var serializer = new ContinuationSerializer();
        var random = new Random(7);
        var entry = typeof(Flowmetal.Runtime.Flows.ExactStateFlows).GetMethod(nameof(Flowmetal.Runtime.Flows.ExactStateFlows.InterfaceTypeArguments))!;
        var step = (SuspendedStep)FlowRunner.Run(entry, null, Array.Empty<object?>(), null, ResumeInput.None);
        var original = serializer.Serialize(step.Continuation);
        var unexpected = new List<string>();
        for (int round = 0; round < 1500; round++)
        {
            var damaged = Damage(original, random);
            try
            {
                serializer.Deserialize(damaged);
            }
            catch (Exception error) when (error is FlowResumeException or FlowSerializationException)
            {
            }
            catch (Exception error)
            {
                if (unexpected.Count < 5)
                {
                    unexpected.Add($"{error.GetType().Name}: {error.Message}");
                }
            }
        }

        Assert.IsEmpty(unexpected, string.Join("\n", unexpected));
    }

    private static byte[] Damage(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(5))
        {
            case 0:
                // One byte changed to another printable one.
                bytes[random.Next(bytes.Length)] = (byte)random.Next(32, 127);
                return bytes;
            case 1:
                // Cut short.
                return bytes.AsSpan(0, random.Next(bytes.Length)).ToArray();
            case 2:
                // A digit changed: type indexes, object indexes, lengths, numbers.
                var digits = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] is >= (byte)'0' and <= (byte)'9').ToList();
                if (digits.Count > 0)
                {
                    bytes[digits[random.Next(digits.Count)]] = (byte)('0' + random.Next(10));
                }

                return bytes;
            case 3:
                // A number made huge.
                var text = System.Text.Encoding.UTF8.GetString(bytes);
                int at = text.IndexOf(':', random.Next(text.Length));
                return at < 0 ? bytes : System.Text.Encoding.UTF8.GetBytes(text.Substring(0, at + 1) + "99999999999" + text.Substring(at + 1));
            default:
                // Two bytes swapped.
                int a = random.Next(bytes.Length), b = random.Next(bytes.Length);
                (bytes[a], bytes[b]) = (bytes[b], bytes[a]);
                return bytes;
        }
    }
}
