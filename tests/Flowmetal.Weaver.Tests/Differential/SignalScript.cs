using System.Globalization;
using Flowmetal.Execution;

namespace Flowmetal.Weaver.Tests.Differential;

/// <summary>
/// Answers every suspension of a run the same way in the reference run and the woven run: the
/// n-th signal gets a value derived from n and the payload type.
/// </summary>
internal sealed class SignalScript
{
    private int _count;

    public ResumeInput Answer(SuspensionRequest request)
    {
        if (request is not SignalRequest signal)
        {
            return ResumeInput.None;
        }

        int n = ++_count;
        var type = Nullable.GetUnderlyingType(signal.PayloadType) ?? signal.PayloadType;
        object? value = type switch
        {
            _ when type == typeof(int) => n * 10,
            _ when type == typeof(long) => n * 1000L,
            _ when type == typeof(bool) => n % 2 == 1,
            _ when type == typeof(string) => signal.Name + "#" + n.ToString(CultureInfo.InvariantCulture),
            _ when type == typeof(double) => n + 0.5,
            _ when type == typeof(decimal) => n + 0.25m,
            _ when type.IsEnum => Enum.GetValues(type).GetValue(n % Enum.GetValues(type).Length),
            _ => null,
        };
        return ResumeInput.WithValue(value);
    }
}
