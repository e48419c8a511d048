using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// A woven method's stable identity and the hash of its original body. A continuation records
/// both per frame; resuming into a method whose hash changed fails instead of jumping into the
/// wrong instruction.
/// </summary>
internal static class MethodIdentity
{
    public static string Id(MethodDefinition method)
    {
        var builder = new StringBuilder();
        builder.Append(method.DeclaringType.FullName).Append("::").Append(method.Name);
        if (method.HasGenericParameters)
        {
            builder.Append('`').Append(method.GenericParameters.Count.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append('(');
        builder.Append(string.Join(",", method.Parameters.Select(p => p.ParameterType.FullName)));
        builder.Append(')');
        return builder.ToString();
    }

    /// <summary>Hash of the signature, locals, handlers and instructions (with operands by name), before weaving.</summary>
    public static string BodyHash(MethodDefinition method)
    {
        var body = method.Body;
        var index = new Dictionary<Instruction, int>();
        for (int i = 0; i < body.Instructions.Count; i++)
        {
            index[body.Instructions[i]] = i;
        }

        var text = new StringBuilder();
        text.Append(Id(method)).Append("->").Append(method.ReturnType.FullName).Append('\n');
        foreach (var variable in body.Variables)
        {
            text.Append("local ").Append(variable.VariableType.FullName).Append('\n');
        }

        foreach (var handler in body.ExceptionHandlers)
        {
            text.Append("eh ").Append(handler.HandlerType)
                .Append(' ').Append(Position(index, handler.TryStart)).Append(' ').Append(Position(index, handler.TryEnd))
                .Append(' ').Append(Position(index, handler.HandlerStart)).Append(' ').Append(Position(index, handler.HandlerEnd))
                .Append(' ').Append(Position(index, handler.FilterStart)).Append(' ').Append(handler.CatchType?.FullName)
                .Append('\n');
        }

        foreach (var instruction in body.Instructions)
        {
            text.Append(instruction.OpCode.Name).Append(' ');
            text.Append(instruction.Operand switch
            {
                null => string.Empty,
                Instruction target => "@" + Position(index, target),
                Instruction[] targets => string.Join(",", targets.Select(t => "@" + Position(index, t))),
                VariableDefinition variable => "v" + variable.Index.ToString(CultureInfo.InvariantCulture),
                ParameterDefinition parameter => "a" + parameter.Index.ToString(CultureInfo.InvariantCulture),
                MemberReference member => member.FullName,
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString(),
            });
            text.Append('\n');
        }

        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
        return string.Concat(hash.Take(8).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    /// <summary>A frame type name that stays the same across rebuilds as long as the method's name and signature do.</summary>
    public static string FrameTypeName(MethodDefinition method)
    {
        // Explicit interface implementations are named "Ns.IFace.Method": dots (and generic brackets)
        // in a nested type's name do not survive type-name round trips, so keep identifier characters.
        var safe = new string(method.Name.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray());
        bool overloaded = method.DeclaringType.Methods.Count(m => m.Name == method.Name) > 1;
        var name = "<" + safe + ">FlowFrame";
        if (!overloaded && safe == method.Name)
        {
            return name;
        }

        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(Id(method)));
        return name + "_" + string.Concat(hash.Take(4).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    private static string Position(Dictionary<Instruction, int> index, Instruction? instruction) =>
        instruction is null ? "end" : index[instruction].ToString(CultureInfo.InvariantCulture);
}
