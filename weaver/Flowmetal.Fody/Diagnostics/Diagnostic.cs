using System.Globalization;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Diagnostics;

/// <summary>A reported diagnostic: a catalogue entry, its arguments and where in the source it points.</summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, SequencePoint? location, object[] arguments)
    {
        Descriptor = descriptor;
        Location = location;
        Arguments = arguments;
    }

    /// <summary>The catalogue entry.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The source location, when symbols give one.</summary>
    public SequencePoint? Location { get; }

    /// <summary>The values filled into the message.</summary>
    public object[] Arguments { get; }

    /// <summary>The severity of the catalogue entry.</summary>
    public DiagnosticSeverity Severity => Descriptor.Severity;

    /// <summary>The full text: id, message, location when the build output would not show it, and help.</summary>
    public string Format()
    {
        var where = Location is null || Location.IsHidden
            ? string.Empty
            : string.Format(CultureInfo.InvariantCulture, " at {0}({1},{2})", Path.GetFileName(Location.Document.Url), Location.StartLine, Location.StartColumn);
        return $"{Descriptor.Id}: {Message()}{where}: {Help()}";
    }

    /// <summary>The message alone, for output that carries the id and the location separately.</summary>
    public string Message() => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, Arguments);

    /// <summary>What to do about it.</summary>
    public string Help() => string.Format(CultureInfo.InvariantCulture, Descriptor.Help, Arguments);
}
