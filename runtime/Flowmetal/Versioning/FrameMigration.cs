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
internal static class FrameMigration
{
    private static readonly System.Buffers.SearchValues<char> CalleeEnd = System.Buffers.SearchValues.Create("(<");
    private static readonly System.Buffers.SearchValues<char> TypeSeparator = System.Buffers.SearchValues.Create("./");

    public static Frame Migrate(Type liveType, FrameVersionInfo stored, string storedHash, int storedPoint, IReadOnlyDictionary<string, StoredValue> values)
    {
        var live = FrameTypeInfo.Of(liveType)!;
        int oldIndex = storedPoint - 1;
        if (oldIndex < 0 || oldIndex >= stored.PointKeys.Length)
        {
            throw new FlowResumeException($"The stored frame of {live.MethodId} names resume point {storedPoint}, and its build had {stored.PointKeys.Length}: the stored data is damaged.");
        }

        var pointKey = ResumePointMatcher.Display(stored.PointKeys, oldIndex);
        var oldSlots = SavedSlot.Parse(stored.PointSlots[oldIndex]);
        var storedValues = oldSlots.Select(s => (Slot: s, Value: values.TryGetValue(s.Field, out var v) ? v : new StoredValue("?", null, "the stored frame has no field " + s.Field))).ToList();
        string why = string.Empty;
        int? same = null;
        bool matched = false;
        int? SamePoint()
        {
            if (!matched)
            {
                same = ResumePointMatcher.Match(stored.PointKeys, live.PointKeys, oldIndex, out why);
                matched = true;
            }

            return same;
        }

        FlowResumeException Refuse(string problem) => new(
            $"The flow cannot resume in {live.MethodId}: the method changed since the flow suspended in it (body hash {storedHash}" +
            (stored.Build is null ? string.Empty : $", build {stored.Build}") + $"; now {live.BodyHash}), and at the call it waits at, {pointKey}, {problem}. " +
            $"Add a flow upgrader ([FlowUpgrader(\"{live.MethodId}\", \"{storedHash}\")] static FrameResume ...(StoredFrame old)), " +
            "or let a worker of the build that stored it finish the flow.")
        {
            NeedsBuild = stored.Build,
        };

        var upgrader = FrameUpgraders.Find(liveType.Assembly, live.MethodId, storedHash, stored.Build);
        int newIndex;
        IReadOnlyDictionary<string, object?> given;
        if (upgrader is not null)
        {
            var old = new StoredFrame(live.MethodId, storedHash, stored.Build, storedPoint, pointKey, storedValues, SamePoint,
                $"The flow upgrader {FrameUpgraders.Describe(upgrader)} asked to resume {live.MethodId} at the same point, and there is none: {why}.");
            FrameResume resume;
            var arguments = upgrader.GetParameters().Select(p => Argument(p, old, upgrader, Refuse)).ToArray();
            try
            {
                resume = (FrameResume?)upgrader.Invoke(null, arguments)
                    ?? throw new FlowResumeException($"The flow upgrader {FrameUpgraders.Describe(upgrader)} returned null.");
            }
            catch (TargetInvocationException error) when (error.InnerException is not null)
            {
                throw new FlowResumeException(
                    $"The flow upgrader {FrameUpgraders.Describe(upgrader)} failed on the frame of {live.MethodId} stored at {pointKey}: {error.InnerException.Message}",
                    error.InnerException) { NeedsBuild = stored.Build };
            }

            newIndex = resume.SamePoint == FrameResume.SameAsStored
                ? SamePoint() ?? throw Refuse($"the flow upgrader {FrameUpgraders.Describe(upgrader)} resumes at the same call, and {why}")
                : resume.SamePoint ?? FindCall(live, resume.Call!, resume.Ordinal, upgrader);
            given = resume.Values;
        }
        else
        {
            newIndex = SamePoint() ?? throw Refuse(why);
            given = new Dictionary<string, object?>();
        }

        var frame = (Frame)RuntimeHelpers.GetUninitializedObject(liveType);
        frame.ResumePoint = newIndex + 1;
        var unused = new List<(SavedSlot Slot, StoredValue Value)>(storedValues);
        var newSlots = SavedSlot.Parse(live.PointSlots[newIndex]);
        int oldAnonymous = oldSlots.Count(s => s.Role == SlotRole.Anonymous), newAnonymous = newSlots.Count(s => s.Role == SlotRole.Anonymous);
        if (oldAnonymous != newAnonymous && upgrader is null)
        {
            // Locals without a name (the compiler's, or all of them without symbols) are told apart by order and type
            // only: when their number changed, which is which cannot be told.
            throw Refuse($"{newAnonymous} compiler-generated local(s) are live there in this build where {oldAnonymous} were (a foreach, using or " +
                "pattern added or removed around the call, or a build without symbols)");
        }

        foreach (var slot in newSlots)
        {
            var field = liveType.GetField(slot.Field, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                ?? throw new FlowResumeException($"The frame type of {live.MethodId} has no field {slot.Field}, which its own description names.");
            if (given.TryGetValue(slot.Name, out var value))
            {
                if (value is null ? field.FieldType.IsValueType && Nullable.GetUnderlyingType(field.FieldType) is null : !field.FieldType.IsInstanceOfType(value))
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

            var source = unused[found];
            if (source.Value.Problem is { } problem)
            {
                throw Refuse($"the stored value of {slot.Describe()} cannot be read in this build: {problem}");
            }

            if (source.Value.Declared != field.FieldType)
            {
                throw Refuse($"{slot.Describe()} was a {source.Value.TypeName} when the flow suspended and is a {field.FieldType.FullName} in this build");
            }

            field.SetValue(frame, source.Value.Value);
            unused.RemoveAt(found);
        }

        foreach (var (slot, _) in unused)
        {
            bool stillDeclared = slot.Role == SlotRole.Local && live.LocalNames.Contains(slot.Name, StringComparer.Ordinal);
            bool upgraderSawIt = upgrader is not null;
            if (stillDeclared || upgraderSawIt || slot.Role is SlotRole.Argument or SlotRole.This)
            {
                continue;
            }

            throw Refuse(slot.Role == SlotRole.Local
                ? $"the stored frame holds {slot.Describe()}, which this build of the method no longer has (it was removed or renamed), so the code after the call no longer means what it did"
                : $"the stored frame holds {slot.Describe()}, which this build does not keep at that call: the expression or statement around the call changed");
        }

        return frame;
    }

    /// <summary>An upgrader's argument: the stored frame, or the stored value its parameter names.</summary>
    private static object? Argument(ParameterInfo parameter, StoredFrame old, MethodInfo upgrader, Func<string, FlowResumeException> refuse)
    {
        if (parameter.ParameterType == typeof(StoredFrame))
        {
            return old;
        }

        var name = parameter.Name!;
        var stored = old.Values.Where(v => v.Slot.Name == name).Select(v => v.Value).FirstOrDefault();
        if (stored is null)
        {
            throw refuse($"the flow upgrader {FrameUpgraders.Describe(upgrader)} takes '{name}', and the stored frame has no value of that name (it has: {string.Join(", ", old.Names)})");
        }

        if (stored.Problem is { } problem)
        {
            throw refuse($"the stored value '{name}' the flow upgrader {FrameUpgraders.Describe(upgrader)} takes cannot be read in this build: {problem}");
        }

        var value = stored.Value;
        bool fits = value is null
            ? !parameter.ParameterType.IsValueType || Nullable.GetUnderlyingType(parameter.ParameterType) is not null
            : parameter.ParameterType.IsInstanceOfType(value);
        return fits ? value : throw refuse(
            $"the flow upgrader {FrameUpgraders.Describe(upgrader)} takes '{name}' as a {parameter.ParameterType.FullName}, and it was stored as a {stored.TypeName}");
    }

    private static int FindCall(WovenFrameAttribute live, string call, int ordinal, MethodInfo upgrader)
    {
        var matches = Enumerable.Range(0, live.PointKeys.Length).Where(i => Matches(live.PointKeys[i], call)).ToList();
        if (ordinal >= matches.Count)
        {
            throw new FlowResumeException(
                $"The flow upgrader {FrameUpgraders.Describe(upgrader)} asked to resume {live.MethodId} at call {ordinal} to {call}, and the method has {matches.Count}; " +
                $"its calls that can suspend are: {string.Join(", ", live.PointKeys.Select((k, i) => ResumePointMatcher.Display(live.PointKeys, i)))}.");
        }

        return matches[ordinal];
    }

    /// <summary><paramref name="call"/> is the whole key, or <c>Type.Method</c> (the callee's type by simple name).</summary>
    private static bool Matches(string key, string call)
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
