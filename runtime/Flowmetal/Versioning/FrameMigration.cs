using System.Reflection;
using System.Runtime.CompilerServices;
using Flowmetal.Execution;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Versioning;

/// <summary>
/// Turns a frame stored by another build of its method into a frame of this build: through the method's
/// <see cref="FlowUpgraderAttribute">upgrader</see> when it has one for that build, else by finding the stored
/// resume point by key (<see cref="ResumePointMatcher"/>) and filling every value live there from the stored value of
/// the same name and type. Strict both ways: a value live in this build that the stored frame lacks, a value whose type
/// changed, and a stored local whose name the method no longer has (it was removed, so the code after the point
/// changed meaning) all refuse the resume, naming the method, the point and the value; the flow itself is left as
/// it was, for a worker of the build that stored it.
/// </summary>
internal sealed class FrameMigration
{
    private static readonly System.Buffers.SearchValues<char> CalleeEnd = System.Buffers.SearchValues.Create("(<");
    private static readonly System.Buffers.SearchValues<char> TypeSeparator = System.Buffers.SearchValues.Create("./");

    private readonly Type _liveType;
    private readonly WovenFrameAttribute _live;
    private readonly FrameVersionInfo _stored;
    private readonly string _storedHash;
    private readonly int _oldIndex;
    private readonly string _pointKey;
    private readonly List<(SavedSlot Slot, StoredValue Value)> _storedValues;
    private int? _samePoint;
    private string? _noSamePoint;

    private FrameMigration(Type liveType, FrameVersionInfo stored, string storedHash, int oldIndex, IReadOnlyDictionary<string, StoredValue> values)
    {
        _liveType = liveType;
        _live = FrameTypeInfo.Of(liveType)!;
        _stored = stored;
        _storedHash = storedHash;
        _oldIndex = oldIndex;
        _pointKey = ResumePointMatcher.Display(stored.PointKeys, oldIndex);
        _storedValues = SavedSlot.Parse(stored.PointSlots[oldIndex])
            .Select(s => (s, values.TryGetValue(s.Field, out var v) ? v : new StoredValue("?", null, "the stored frame has no field " + s.Field)))
            .ToList();
    }

    public static Frame Migrate(Type liveType, FrameVersionInfo stored, string storedHash, int storedPoint, IReadOnlyDictionary<string, StoredValue> values)
    {
        if (storedPoint < 1 || storedPoint > stored.PointKeys.Length)
        {
            throw new FlowResumeException(
                $"The stored frame of {FrameTypeInfo.Of(liveType)!.MethodId} names resume point {storedPoint}, and its build had {stored.PointKeys.Length}: the stored data is damaged.");
        }

        return new FrameMigration(liveType, stored, storedHash, storedPoint - 1, values).Run();
    }

    private Frame Run()
    {
        var upgrader = FrameUpgraders.Find(_liveType.Assembly, _live.MethodId, _storedHash, _stored.StoredBuild);
        var (point, given) = upgrader is null ? (SamePoint() ?? throw Refuse(_noSamePoint!), new Dictionary<string, object?>()) : Upgrade(upgrader);
        var frame = (Frame)RuntimeHelpers.GetUninitializedObject(_liveType);
        frame.ResumePoint = point + 1;
        Fill(frame, SavedSlot.Parse(_live.PointSlots[point]), given, upgrader);
        return frame;
    }

    /// <summary>The point of this build that matches the stored one by key, or null (<see cref="_noSamePoint"/> says why).</summary>
    private int? SamePoint()
    {
        if (_noSamePoint is null)
        {
            _samePoint = ResumePointMatcher.Match(_stored.PointKeys, _live.PointKeys, _oldIndex, out var why);
            _noSamePoint = why;
        }

        return _samePoint;
    }

    private (int Point, IReadOnlyDictionary<string, object?> Values) Upgrade(MethodInfo upgrader)
    {
        var old = new StoredFrame(_live.MethodId, _storedHash, _stored.StoredBuild, _oldIndex + 1, _pointKey, _storedValues, SamePoint,
            $"The flow upgrader {FrameUpgraders.Describe(upgrader)} asked to resume {_live.MethodId} at the same point, and there is none: {_noSamePoint}.");
        var arguments = upgrader.GetParameters().Select(p => Argument(p, old, upgrader)).ToArray();
        FrameResume resume;
        try
        {
            resume = (FrameResume?)upgrader.Invoke(null, arguments)
                ?? throw new FlowResumeException($"The flow upgrader {FrameUpgraders.Describe(upgrader)} returned null.");
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            throw new FlowResumeException(
                $"The flow upgrader {FrameUpgraders.Describe(upgrader)} failed on the frame of {_live.MethodId} stored at {_pointKey}: {error.InnerException.Message}",
                error.InnerException) { NeedsBuild = _stored.StoredBuild };
        }

        int point = resume.SamePoint == FrameResume.SameAsStored
            ? SamePoint() ?? throw Refuse($"the flow upgrader {FrameUpgraders.Describe(upgrader)} resumes at the same call, and {_noSamePoint}")
            : resume.SamePoint ?? FindCall(resume.Call!, resume.Ordinal, upgrader);
        return (point, resume.Values);
    }

    /// <summary>An upgrader's argument: the stored frame, or the stored value its parameter names.</summary>
    private object? Argument(ParameterInfo parameter, StoredFrame old, MethodInfo upgrader)
    {
        if (parameter.ParameterType == typeof(StoredFrame))
        {
            return old;
        }

        var name = parameter.Name!;
        var stored = _storedValues.Where(v => v.Slot.Name == name).Select(v => v.Value).FirstOrDefault()
            ?? throw Refuse($"the flow upgrader {FrameUpgraders.Describe(upgrader)} takes '{name}', and the stored frame has no value of that name (it has: {string.Join(", ", old.Names)})");
        if (stored.Problem is { } problem)
        {
            throw Refuse($"the stored value '{name}' the flow upgrader {FrameUpgraders.Describe(upgrader)} takes cannot be read in this build: {problem}");
        }

        return Fits(stored.Value, parameter.ParameterType) ? stored.Value : throw Refuse(
            $"the flow upgrader {FrameUpgraders.Describe(upgrader)} takes '{name}' as a {parameter.ParameterType.FullName}, and it was stored as a {stored.TypeName}");
    }

    /// <summary>Sets every value live at the new point: the upgrader's, else the stored one of the same name and type.</summary>
    private void Fill(Frame frame, List<SavedSlot> newSlots, IReadOnlyDictionary<string, object?> given, MethodInfo? upgrader)
    {
        int oldAnonymous = _storedValues.Count(s => s.Slot.Role == SlotRole.Anonymous), newAnonymous = newSlots.Count(s => s.Role == SlotRole.Anonymous);
        if (oldAnonymous != newAnonymous && upgrader is null)
        {
            // Locals without a name (the compiler's, or all of them without symbols) are told apart by order and type
            // only: when their number changed, which is which cannot be told.
            throw Refuse($"{newAnonymous} compiler-generated local(s) are live there in this build where {oldAnonymous} were (a foreach, using or " +
                "pattern added or removed around the call, or a build without symbols)");
        }

        var unused = new List<(SavedSlot Slot, StoredValue Value)>(_storedValues);
        foreach (var slot in newSlots)
        {
            var field = _liveType.GetField(slot.Field, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                ?? throw new FlowResumeException($"The frame type of {_live.MethodId} has no field {slot.Field}, which its own description names.");
            if (given.TryGetValue(slot.Name, out var value))
            {
                if (!Fits(value, field.FieldType))
                {
                    throw Refuse($"the flow upgrader {FrameUpgraders.Describe(upgrader!)} gave {slot.Describe()} a {value?.GetType().FullName ?? "null"}, and it is a {field.FieldType.FullName}");
                }

                field.SetValue(frame, value);
                unused.RemoveAll(u => u.Slot.Name == slot.Name);
                continue;
            }

            int found = unused.FindIndex(u => u.Slot.Role == slot.Role && u.Slot.Name == slot.Name);
            if (found < 0)
            {
                throw Refuse($"{slot.Describe()} ({field.FieldType.FullName}) is live there in this build and the stored frame has no value for it");
            }

            var source = unused[found].Value;
            if (source.Problem is { } problem)
            {
                throw Refuse($"the stored value of {slot.Describe()} cannot be read in this build: {problem}");
            }

            if (source.Declared != field.FieldType)
            {
                throw Refuse($"{slot.Describe()} was a {source.TypeName} when the flow suspended and is a {field.FieldType.FullName} in this build");
            }

            field.SetValue(frame, source.Value);
            unused.RemoveAt(found);
        }

        // What the upgrader left out it took responsibility for; without one, a stored value with no place is a change of meaning.
        if (upgrader is null && unused.FirstOrDefault(u => IsMeaningful(u.Slot)) is { Slot: { } dropped })
        {
            throw Refuse(dropped.Role == SlotRole.Local
                ? $"the stored frame holds {dropped.Describe()}, which this build of the method no longer has (it was removed or renamed), so the code after the call no longer means what it did"
                : $"the stored frame holds {dropped.Describe()}, which this build does not keep at that call: the expression or statement around the call changed");
        }
    }

    /// <summary>A stored value whose loss changes what the code does: not an argument or 'this' (always there), nor a local this build still declares but no longer reads after the call.</summary>
    private bool IsMeaningful(SavedSlot slot) => slot.Role switch
    {
        SlotRole.Argument or SlotRole.This => false,
        SlotRole.Local => !_live.LocalNames.Contains(slot.Name, StringComparer.Ordinal),
        _ => true,
    };

    private int FindCall(string call, int ordinal, MethodInfo upgrader)
    {
        var matches = Enumerable.Range(0, _live.PointKeys.Length).Where(i => PointKeyNames(_live.PointKeys[i], call)).ToList();
        if (ordinal >= matches.Count)
        {
            throw new FlowResumeException(
                $"The flow upgrader {FrameUpgraders.Describe(upgrader)} asked to resume {_live.MethodId} at call {ordinal} to {call}, and the method has {matches.Count}; " +
                $"its calls that can suspend are: {string.Join(", ", _live.PointKeys.Select((_, i) => ResumePointMatcher.Display(_live.PointKeys, i)))}.");
        }

        return matches[ordinal];
    }

    private FlowResumeException Refuse(string problem) => new(
        $"The flow cannot resume in {_live.MethodId}: the method changed since the flow suspended in it (body hash {_storedHash}" +
        (_stored.StoredBuild is null ? string.Empty : $", build {_stored.StoredBuild}") + $"; now {_live.BodyHash}), and at the call it waits at, {_pointKey}, {problem}. " +
        $"Add a flow upgrader ([FlowUpgrader(\"{_live.MethodId}\", \"{_storedHash}\")] static FrameResume ...(StoredFrame old)), " +
        "or let a worker of the build that stored it finish the flow.")
    {
        NeedsBuild = _stored.StoredBuild,
    };

    private static bool Fits(object? value, Type type) =>
        value is null ? !type.IsValueType || Nullable.GetUnderlyingType(type) is not null : type.IsInstanceOfType(value);

    /// <summary>Whether <paramref name="call"/> names the callee of <paramref name="key"/>: the whole key, or <c>Type.Method</c> (the type by simple name).</summary>
    private static bool PointKeyNames(string key, string call)
    {
        if (key == call || key.StartsWith(call + " in try{", StringComparison.Ordinal))
        {
            return true;
        }

        int colons = key.IndexOf("::", StringComparison.Ordinal);
        if (colons < 0)
        {
            return false;
        }

        var type = key.Substring(0, colons);
        var rest = key.Substring(colons + 2);
        int end = rest.AsSpan().IndexOfAny(CalleeEnd);
        var name = end < 0 ? rest : rest.Substring(0, end);
        var simpleType = type.Substring(type.AsSpan().LastIndexOfAny(TypeSeparator) + 1);
        int tick = simpleType.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            simpleType = simpleType.Substring(0, tick);
        }

        return call == simpleType + "." + name || call == type + "." + name || call == name;
    }
}
