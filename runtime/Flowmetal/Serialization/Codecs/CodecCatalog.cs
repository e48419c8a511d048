using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// Which <see cref="TypeCodec"/> stores the objects of a runtime type. Codecs depend only on the
/// type's shape, so they are shared by every serializer; whether a type may be stored at all is
/// the <see cref="TypeAllowList"/>'s decision, asked separately. Weakly keyed, so that codecs of
/// unloadable assemblies' types do not keep them alive.
/// </summary>
internal static class CodecCatalog
{
    private static readonly ConditionalWeakTable<Type, Choice> Cache = new();

    /// <summary>The codec of <paramref name="type"/>, or the reason no codec can store it.</summary>
    public static (TypeCodec? Codec, string? Refusal) For(Type type)
    {
        var choice = Cache.GetValue(type, static t => Choose(t));
        return (choice.Codec, choice.Refusal);
    }

    private static Choice Choose(Type type)
    {
        try
        {
            return new Choice(Create(type), null);
        }
        catch (RefusedTypeException refused)
        {
            return new Choice(null, refused.Message);
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or TypeLoadException or InvalidProgramException or InvalidOperationException or System.Reflection.TargetInvocationException)
        {
            return new Choice(null, $"a type Flowmetal cannot store ({(error.InnerException ?? error).Message})");
        }
    }

    private static TypeCodec Create(Type type)
    {
        if (typeof(Type).IsAssignableFrom(type))
        {
            return new TypeObjectCodec(type);
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return new DelegateCodec(type);
        }

        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            if (element.IsPointer || element.IsFunctionPointer || element.IsByRefLike)
            {
                throw new RefusedTypeException("an array of pointers or ref structs");
            }

            return Generic(typeof(ArrayCodec<>), new[] { element }, type);
        }

        if (type == typeof(string))
        {
            // Strings are written where they are used, never as entries: one cannot be made empty and filled.
            throw new RefusedTypeException("a string stored as an object of its own, which Flowmetal never writes");
        }

        if (type.IsValueType)
        {
            if (type.IsByRefLike || type.ContainsGenericParameters)
            {
                throw new RefusedTypeException("a ref struct or open generic struct, which cannot be boxed");
            }

            return Generic(typeof(BoxCodec<>), new[] { type });
        }

        if (typeof(Exception).IsAssignableFrom(type))
        {
            return new ExceptionCodec(type);
        }

        if (type == typeof(StringBuilder))
        {
            return new StringBuilderCodec();
        }

        if (type == typeof(CultureInfo) || type == typeof(CompareInfo))
        {
            return new CultureCodec(type);
        }

        if (type == typeof(Uri))
        {
            return new UriCodec();
        }

        if (type == typeof(Regex))
        {
            return new RegexCodec();
        }

        if (type.IsGenericType && RebuiltCollections.For(type) is { } rebuilt)
        {
            return rebuilt;
        }

        if (type.IsAbstract || type.IsInterface || type.IsCOMObject)
        {
            throw new RefusedTypeException("an abstract type, which no object has");
        }

        return new ObjectCodec(type);
    }

    private static TypeCodec Generic(Type definition, Type[] arguments, params object[] constructorArguments) =>
        (TypeCodec)Activator.CreateInstance(definition.MakeGenericType(arguments), constructorArguments)!;

    private sealed record Choice(TypeCodec? Codec, string? Refusal);
}

/// <summary>A codec cannot be made for a type: the message says what it is, for the refusal.</summary>
internal sealed class RefusedTypeException : Exception
{
    public RefusedTypeException(string reason)
        : base(reason)
    {
    }
}
