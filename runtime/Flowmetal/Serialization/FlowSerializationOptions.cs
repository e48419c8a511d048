using System.Reflection;

namespace Flowmetal.Serialization;

/// <summary>
/// What a stored continuation may name besides what Flowmetal allows by itself. By default the
/// allow list holds the woven assemblies' types, the types their fields declare, primitives and
/// the BCL collections; add a type here when a flow keeps a value of a type from elsewhere in an
/// <c>object</c> or interface-typed local (a polymorphic value), or sends it as a signal payload.
/// </summary>
public sealed class FlowSerializationOptions
{
    /// <summary>The options every client and worker use unless given others.</summary>
    public static FlowSerializationOptions Default { get; } = new();

    /// <summary>
    /// Types a continuation, entry argument, signal payload or result may hold. A generic type
    /// definition (<c>typeof(Money&lt;&gt;)</c>) allows each of its instantiations over allowed arguments.
    /// </summary>
    public ISet<Type> AllowedTypes { get; } = new HashSet<Type>();

    /// <summary>Assemblies whose every type is allowed, like a woven assembly's.</summary>
    public ISet<Assembly> AllowedAssemblies { get; } = new HashSet<Assembly>();

    /// <summary>
    /// Load every continuation back right after storing it and compare it with the live state,
    /// failing the suspension (naming what differs) when anything would not come back identical.
    /// Doubles the cost of each suspension: meant for tests and for trying a flow on new data, where
    /// a value that does not round-trip is better found at the suspension than days later at resume.
    /// </summary>
    /// <example>
    /// <code>
    /// var options = new FlowSerializationOptions { VerifyRoundTrip = true };
    /// var worker = new FlowWorker(store, new FlowWorkerOptions { Serialization = options });
    /// </code>
    /// </example>
    /// <remarks>Defaults to on when the environment variable <c>FLOWMETAL_VERIFY_ROUNDTRIP</c> is <c>1</c> or <c>true</c>.</remarks>
    public bool VerifyRoundTrip { get; set; } = Environment.GetEnvironmentVariable("FLOWMETAL_VERIFY_ROUNDTRIP") is "1" or "true";

    /// <summary>Adds <typeparamref name="T"/> to <see cref="AllowedTypes"/>.</summary>
    /// <typeparam name="T">The type to allow.</typeparam>
    /// <returns>These options, for chaining.</returns>
    public FlowSerializationOptions Allow<T>()
    {
        AllowedTypes.Add(typeof(T));
        return this;
    }

    /// <summary>Adds <paramref name="type"/> to <see cref="AllowedTypes"/>.</summary>
    /// <param name="type">The type to allow.</param>
    /// <returns>These options, for chaining.</returns>
    public FlowSerializationOptions Allow(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        AllowedTypes.Add(type);
        return this;
    }
}
