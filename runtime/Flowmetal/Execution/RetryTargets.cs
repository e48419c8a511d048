using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Flowmetal.Execution;

/// <summary>
/// Names the method a retried delegate calls, for <c>FlowInfo</c>: <c>Flow.Retry(() =&gt; Gateway.Charge(x), ...)</c>
/// retries a compiler-generated lambda, but the wait should say <c>retry of Acme.Gateway::Charge</c>. The
/// lambda's IL is read for its first call; a delegate straight to a method names that method.
/// </summary>
internal static class RetryTargets
{
    private static readonly ConditionalWeakTable<MethodInfo, string> Names = new();
    private static readonly Lazy<(OpCode?[] One, OpCode?[] Two)> OpCodeTable = new(BuildTable);

    public static string Of(Delegate call) => Names.GetValue(call.Method, Describe);

    private static string Describe(MethodInfo method)
    {
        if (IsCompilerGenerated(method))
        {
            try
            {
                if (FirstCall(method) is { } called)
                {
                    return Name(called);
                }
            }
            catch (Exception error) when (error is ArgumentException or BadImageFormatException or InvalidOperationException or IndexOutOfRangeException)
            {
                // An unusual body: fall back to the lambda's own name.
            }
        }

        return Name(method);
    }

    private static string Name(MethodBase method) => (method.DeclaringType?.FullName?.Replace('+', '.') ?? "?") + "::" + method.Name;

    private static bool IsCompilerGenerated(MethodInfo method) =>
        method.Name.Contains('<', StringComparison.Ordinal) || (method.DeclaringType?.Name.Contains('<', StringComparison.Ordinal) ?? false);

    private static MethodBase? FirstCall(MethodInfo method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return null;
        }

        var (one, two) = OpCodeTable.Value;
        var typeArguments = method.DeclaringType is { IsGenericType: true } owner ? owner.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (int i = 0; i < il.Length;)
        {
            var opCode = il[i] == 0xFE ? two[il[i + 1]] : one[il[i]];
            if (opCode is not { } code)
            {
                return null;
            }

            i += code.Size;
            if ((code == OpCodes.Call || code == OpCodes.Callvirt) && method.Module.ResolveMethod(BitConverter.ToInt32(il, i), typeArguments, methodArguments) is { } called &&
                called.DeclaringType?.Name.Contains('<', StringComparison.Ordinal) != true)
            {
                return called;
            }

            i += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
        }

        return null;
    }

    private static (OpCode?[] One, OpCode?[] Two) BuildTable()
    {
        var one = new OpCode?[256];
        var two = new OpCode?[256];
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is OpCode code)
            {
                var value = (ushort)code.Value;
                if (code.Size == 1)
                {
                    one[value] = code;
                }
                else
                {
                    two[value & 0xFF] = code;
                }
            }
        }

        return (one, two);
    }
}
