using Flowmetal.Fody.Analysis;
using Flowmetal.Fody.Diagnostics;
using Flowmetal.Fody.Passes;
using Flowmetal.Execution;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// Analyses one method and decides how to weave it: finds the suspension points, refuses what
/// cannot be made durable (with the source line), and picks what each frame keeps.
/// </summary>
internal sealed class MethodWeavePlanner
{
    private readonly WeavingContext _context;
    private readonly MethodDefinition _method;
    private readonly Func<Instruction, SuspensionCallKind> _classify;
    private readonly Dictionary<Instruction, ByRefOrigin> _origins = new();
    private MethodIndex _index = null!;
    private StackTypeAnalysis _stack = null!;
    private bool _failed;
    private List<string>? _pointProblems;

    public MethodWeavePlanner(WeavingContext context, MethodDefinition method, Func<Instruction, SuspensionCallKind> classify)
    {
        _context = context;
        _method = method;
        _classify = classify;
    }

    private string MethodName => UserCode.Display(_method);

    /// <summary>The plan, or null when the method was refused (diagnostics reported) or has no suspension point.</summary>
    public MethodWeavePlan? Plan()
    {
        var body = _method.Body;
        body.SimplifyMacros();
        var bodyHash = MethodIdentity.BodyHash(_method);
        _index = new MethodIndex(body);
        var types = new SlotTypes(_method.Module);
        _stack = StackTypeAnalysis.Run(_method, _index, types);
        var candidates = _index.Instructions
            .Where(i => i.OpCode.Code is Code.Call or Code.Callvirt)
            .Select(i => (Call: i, Kind: _classify(i)))
            .Where(c => c.Kind != SuspensionCallKind.None)
            .ToList();

        // A method that may suspend only through a callback or an override is not a build error
        // when it cannot be made durable: it stays as it is, and the run-time stack check refuses a
        // suspension that does go through it, naming it.
        bool mustWeave = candidates.Any(c => c.Kind == SuspensionCallKind.Sure);
        if (_stack.Failure is not null)
        {
            if (mustWeave)
            {
                Report(DiagnosticCatalogue.Unsupported, null, MethodName, "the weaver could not follow its evaluation stack: " + _stack.Failure);
            }

            return null;
        }

        if (_method.ReturnType is ByReferenceType)
        {
            if (mustWeave)
            {
                Report(DiagnosticCatalogue.Unsupported, null, MethodName, "it returns by reference and can suspend; return the value instead");
            }

            return null;
        }

        var calls = new List<Instruction>();
        var kinds = new Dictionary<Instruction, SuspensionCallKind>();
        var demoted = new List<PlainCall>();
        foreach (var (call, kind) in candidates)
        {
            if (!_stack.Before.ContainsKey(call))
            {
                continue;
            }

            // A call that only might suspend (a delegate, a virtual or interface call) inside a handler or a
            // lock stays an ordinary call: a callback in a catch block is everyday code. Should it really
            // suspend, the run-time stack check refuses it with this frame named.
            if (IsProtectedPlacement(call, body, out var refusal, out var where))
            {
                if (kind == SuspensionCallKind.Sure)
                {
                    refusal!();
                }
                else
                {
                    demoted.Add(new PlainCall(call, where!, _index.Instructions.Count > 0 && body.ExceptionHandlers.Any(h => _index.InFilter(h, _index[call]))));
                }

                continue;
            }

            calls.Add(call);
            kinds[call] = kind;
        }

        if (calls.Count == 0)
        {
            return null;
        }

        var blocks = BuildTryBlocks(body);

        if (_failed)
        {
            return null;
        }

        var liveness = LivenessAnalysis.Run(_method, _index, _stack);
        FindAddressLocals();
        var frame = new FrameTypeBuilder(_method, _context.Runtime, MethodIdentity.Id(_method), bodyHash);
        var state = AddLocal(_method.Module.TypeSystem.Int32);
        var frameLocal = AddLocal(frame.InMethod);
        var plan = new MethodWeavePlan(_method, frame, state, frameLocal);
        if (!GenericSubstitution.IsVoid(_method.ReturnType))
        {
            plan.ReturnDefault = AddLocal(_method.ReturnType);
        }

        int number = 0;
        foreach (var call in calls)
        {
            bool trial = kinds[call] != SuspensionCallKind.Sure;
            _pointProblems = trial ? new List<string>() : null;
            var point = BuildPoint(number + 1, call, blocks, plan);
            point.Kind = kinds[call];
            PlanSaved(point, liveness, plan);
            var problems = _pointProblems;
            _pointProblems = null;
            if (problems is { Count: > 0 })
            {
                // This call only may suspend, and what is live across it cannot be kept: it stays an
                // ordinary call, checked after it returns.
                demoted.Add(new PlainCall(call, problems[0]));
                continue;
            }

            number++;
            plan.Points.Add(point);
        }

        if (plan.Points.Count == 0 && !_failed)
        {
            Abandon(frame);
            return null;
        }

        plan.PlainCalls.AddRange(demoted);
        if (_failed)
        {
            Abandon(frame);
            return null;
        }

        plan.Origins.AddRange(_origins.Values.Where(o => o.InputTemps.Count > 0));
        plan.Blocks.AddRange(blocks.Where(b => plan.Points.Any(p => p.Regions.Contains(b))).OrderBy(b => b.End - b.Start));
        var document = _method.DebugInformation.HasSequencePoints ? _method.DebugInformation.SequencePoints[0].Document.Url : null;
        frame.Describe(document, plan.Points.Select(p => p.SourceLine).ToList());
        frame.DescribeForRedeploys(
            plan.Points.Select(ResumePointKeys.Key).ToList(),
            plan.Points.Select(p => ResumePointKeys.Slots(p, _method, IsOriginal)).ToList(),
            ResumePointKeys.LocalNames(_method));
        return plan;
    }

    /// <summary>Leaves nothing half-built behind: the frame type, and the locals that name it.</summary>
    private void Abandon(FrameTypeBuilder frame)
    {
        _method.DeclaringType.NestedTypes.Remove(frame.Definition);
        foreach (var local in _added)
        {
            _method.Body.Variables.Remove(local);
        }
    }

    private List<TryBlock> BuildTryBlocks(MethodBody body)
    {
        var blocks = body.ExceptionHandlers
            .GroupBy(h => (_index[h.TryStart], _index.EndIndex(h.TryEnd)))
            .Select(g => new TryBlock(g.ToList(), g.Key.Item1, g.Key.Item2))
            .ToList();
        foreach (var block in blocks)
        {
            foreach (var other in blocks)
            {
                if (other != block && other.Start <= block.Start && block.End <= other.End)
                {
                    block.Enclosing.UnionWith(other.Handlers);
                }
            }
        }

        return blocks;
    }

    /// <summary>
    /// True when the call sits in a filter, a handler or a lock; <paramref name="refusal"/> reports
    /// why, and <paramref name="where"/> says it in words.
    /// </summary>
    private bool IsProtectedPlacement(Instruction call, MethodBody body, out Action? refusal, out string? where)
    {
        int position = _index[call];
        var callee = CalleeName(call);
        foreach (var handler in body.ExceptionHandlers)
        {
            if (_index.InFilter(handler, position))
            {
                refusal = () => Report(DiagnosticCatalogue.SuspensionInFilter, call, callee, MethodName);
                where = "it is inside an exception filter ('when' clause)";
                return true;
            }

            if (_index.InHandler(handler, position))
            {
                var kind = handler.HandlerType.ToString().ToLowerInvariant();
                refusal = () => Report(DiagnosticCatalogue.SuspensionInHandler, call, callee, kind, MethodName);
                where = $"it is inside a {kind} handler, which cannot be re-entered on resume";
                return true;
            }

            if (_index.InTry(handler, position) && handler.HandlerType == ExceptionHandlerType.Finally && ReleasesLock(handler))
            {
                refusal = () => Report(DiagnosticCatalogue.SuspensionInLock, call, callee, MethodName);
                where = "it is inside a lock, which cannot be held across a suspension";
                return true;
            }
        }

        if (HoldsBareLock(position))
        {
            refusal = () => Report(DiagnosticCatalogue.SuspensionInLock, call, callee, MethodName);
            where = "it is between Monitor.Enter and Monitor.Exit, and a lock cannot be held across a suspension";
            return true;
        }

        refusal = null;
        where = null;
        return false;
    }

    /// <summary>
    /// Monitor.Enter ... Monitor.Exit (or Lock.Enter ... Lock.Exit) without a try/finally: more
    /// acquisitions than releases before the call, in instruction order.
    /// </summary>
    private bool HoldsBareLock(int position)
    {
        int held = 0;
        for (int i = 0; i < position; i++)
        {
            if (_index.Instructions[i].Operand is not MethodReference m)
            {
                continue;
            }

            var type = m.DeclaringType.FullName;
            if (type is "System.Threading.Monitor" or "System.Threading.Lock")
            {
                if (m.Name is "Enter" or "TryEnter")
                {
                    held++;
                }
                else if (m.Name == "Exit")
                {
                    held = Math.Max(0, held - 1);
                }
            }
        }

        return held > 0;
    }

    private bool ReleasesLock(ExceptionHandler handler)
    {
        int end = _index.EndIndex(handler.HandlerEnd);
        for (int i = _index[handler.HandlerStart]; i < end; i++)
        {
            if (_index.Instructions[i].Operand is MethodReference m &&
                ((m.DeclaringType.FullName == "System.Threading.Monitor" && m.Name == "Exit") ||
                 (m.DeclaringType.FullName == "System.Threading.Lock/Scope" && m.Name == "Dispose")))
            {
                return true;
            }
        }

        return false;
    }

    private SuspensionPoint BuildPoint(int number, Instruction call, List<TryBlock> blocks, MethodWeavePlan plan)
    {
        var entry = call;
        while (entry.Previous is not null && entry.Previous.OpCode.OpCodeType == OpCodeType.Prefix)
        {
            entry = entry.Previous;
            if (entry.OpCode.Code == Code.Tail)
            {
                plan.TailPrefixes.Add(entry);
            }
        }

        var callee = (MethodReference)call.Operand;
        int arguments = callee.Parameters.Count + (callee.HasThis ? 1 : 0);
        var point = new SuspensionPoint(number, call, entry, _stack.Before[call], arguments);
        int position = _index[call];
        point.Regions.AddRange(blocks.Where(b => b.Contains(position)).OrderBy(b => b.Start).ThenByDescending(b => b.End));
        point.SourceLine = SourceLine(SourceAnchor(call)!);
        for (int i = 0; i < point.BelowCount; i++)
        {
            var slot = point.StackBefore[i];
            if (IsRederivableSpan(slot))
            {
                // A span the compiler made over a local or a string (char + F(), s.AsSpan()): made again on resume.
                point.BelowOrigins[i] = OriginOf(slot, call);
                point.BelowTemps[i] = AddLocal(slot.Type);
                continue;
            }

            if (!CheckStorable(slot, call, "a value computed before the call"))
            {
                continue;
            }

            if (slot.IsByRef)
            {
                point.BelowOrigins[i] = OriginOf(slot, call);
            }

            point.BelowTemps[i] = AddLocal(slot.Type);
        }

        for (int a = 0; a < arguments; a++)
        {
            var slot = point.StackBefore[point.BelowCount + a];
            if (slot.IsByRef)
            {
                point.ArgumentOrigins[a] = OriginOf(slot, call);
                point.ArgumentTemps[a] = AddLocal(slot.Type);
            }
            else if (point.SpillsArguments)
            {
                if (a == 0 && slot.Kind == SlotKind.Pointer)
                {
                    CheckStorable(slot, call, "the receiver of the call");
                }

                point.ArgumentTemps[a] = AddLocal(slot.Type);
            }
        }

        return point;
    }

    private void PlanSaved(SuspensionPoint point, LivenessAnalysis liveness, MethodWeavePlan plan)
    {
        var call = point.Call;
        var origins = point.BelowOrigins.Concat(point.ArgumentOrigins).Where(o => o is not null).Select(o => o!).ToList();
        var addressedLocals = new HashSet<VariableDefinition>(origins.SelectMany(o => o.AddressedLocals()));
        var addressedArguments = new HashSet<ParameterDefinition>(origins.SelectMany(o => o.AddressedArguments()));
        foreach (var pair in _addressLocals)
        {
            var (reference, definition) = (pair.Key, pair.Value);
            if (liveness.LocalLiveAfter(call, reference))
            {
                // Not saved (a byref cannot be): made again from the local or argument it points to, which is.
                point.RederivedAddresses.Add((reference, definition));
                if (definition.Operand is VariableDefinition target)
                {
                    addressedLocals.Add(target);
                }
                else if (definition.Operand is ParameterDefinition argument)
                {
                    addressedArguments.Add(argument);
                }
            }
        }

        foreach (var local in _method.Body.Variables.ToList())
        {
            if (!IsOriginal(local))
            {
                continue;
            }

            if ((!liveness.LocalLiveAfter(call, local) && !addressedLocals.Contains(local)) || _addressLocals.ContainsKey(local))
            {
                continue;
            }

            var name = LocalName(local);
            bool compilerTemporary = !(_method.DebugInformation.TryGetName(local, out var declared) && !string.IsNullOrEmpty(declared));
            if (!CheckLocalStorable(local.VariableType, "local", name, call, compilerTemporary))
            {
                continue;
            }

            point.Saved.Add(SavedValue.Of(local, plan.Frame.Field(WovenContract.FrameFields.Local(local.Index, name), local.VariableType)));
        }

        var parameters = new List<ParameterDefinition>();
        if (_method.HasThis)
        {
            parameters.Add(_method.Body.ThisParameter);
        }

        parameters.AddRange(_method.Parameters);
        foreach (var parameter in parameters)
        {
            int slot = LivenessAnalysis.ArgumentSlot(_method, parameter);
            if (!liveness.ArgumentLiveAfter(call, slot) && !addressedArguments.Contains(parameter))
            {
                continue;
            }

            if (parameter.ParameterType is ByReferenceType)
            {
                // The caller re-derives a byref argument and passes it again on resume.
                continue;
            }

            bool isThis = parameter == _method.Body.ThisParameter;
            var name = isThis ? "this" : parameter.Name;
            if (!CheckLocalStorable(parameter.ParameterType, "parameter", name, call))
            {
                continue;
            }

            point.Saved.Add(SavedValue.Of(parameter, plan.Frame.Field(isThis ? WovenContract.FrameFields.This : WovenContract.FrameFields.Argument(parameter.Name), parameter.ParameterType)));
        }

        var temps = new List<VariableDefinition>();
        for (int i = 0; i < point.BelowCount; i++)
        {
            if (point.BelowTemps[i] is { } temp && point.BelowOrigins[i] is null)
            {
                temps.Add(temp);
            }
        }

        if (point.SpillsArguments && point.ArgumentOrigins[0] is null && point.ArgumentTemps[0] is { } receiver)
        {
            temps.Add(receiver);
        }

        temps.AddRange(origins.SelectMany(o => o.AllInputTemps()));
        foreach (var temp in temps.Distinct())
        {
            point.Saved.Add(SavedValue.Of(temp, plan.Frame.Field(WovenContract.FrameFields.Stack(temp.Index), temp.VariableType)));
        }
    }

    private readonly HashSet<VariableDefinition> _added = new();

    /// <summary>Ref locals that only ever hold the address of one local or argument: <c>ldloca x; stloc r</c>.</summary>
    private readonly Dictionary<VariableDefinition, Instruction> _addressLocals = new();

    private void FindAddressLocals()
    {
        foreach (var local in _method.Body.Variables.Where(v => v.VariableType is ByReferenceType).ToList())
        {
            var stores = _index.Instructions.Where(i => i.OpCode.Code == Code.Stloc && i.Operand == local).ToList();
            var producers = stores
                .Select(s => _stack.Before.TryGetValue(s, out var before) && before.Length > 0 ? before[before.Length - 1].Producer : null)
                .ToList();
            if (stores.Count == 0 || producers.Any(p => p is null || p.OpCode.Code is not (Code.Ldloca or Code.Ldarga) || p.Operand != producers[0]!.Operand) ||
                _index.Instructions.Any(i => i.OpCode.Code == Code.Ldloca && i.Operand == local))
            {
                continue;
            }

            _addressLocals[local] = producers[0]!;
        }
    }

    private bool IsOriginal(VariableDefinition local) => !_added.Contains(local);

    private VariableDefinition AddLocal(TypeReference type)
    {
        var local = new VariableDefinition(type);
        _method.Body.Variables.Add(local);
        _added.Add(local);
        return local;
    }

    private ByRefOrigin? OriginOf(StackSlot slot, Instruction call)
    {
        var producer = slot.Producer;
        if (producer is null)
        {
            Report(DiagnosticCatalogue.Unsupported, call, MethodName,
                $"a reference on the stack across the call to {((MethodReference)call.Operand).Name} comes from more than one branch; compute it in a separate statement");
            return null;
        }

        if (producer.OpCode.Code == Code.Ldloc && _addressLocals.TryGetValue((VariableDefinition)producer.Operand, out var definition))
        {
            // A ref temporary the compiler made for a local's address (board[i, j] += F() on a struct):
            // the byref is that address again.
            producer = definition;
        }

        if (_origins.TryGetValue(producer, out var known))
        {
            return known;
        }

        var start = producer;
        while (start.Previous is not null && start.Previous.OpCode.OpCodeType == OpCodeType.Prefix)
        {
            start = start.Previous;
        }

        var origin = new ByRefOrigin(producer, start);
        var inputs = _stack.Before[producer];
        switch (producer.OpCode.Code)
        {
            case Code.Ldloca:
            case Code.Ldsflda:
            case Code.Ldarga:
                break;
            case Code.Ldarg:
                var parameter = (ParameterDefinition)producer.Operand;
                if (_index.Instructions.Any(i => i.OpCode.Code == Code.Starg && i.Operand == parameter))
                {
                    return Refuse($"the ref parameter '{parameter.Name}' is reassigned and used across the call to {((MethodReference)call.Operand).Name}");
                }

                break;
            case Code.Ldflda:
                var target = inputs[inputs.Length - 1];
                if (target.IsByRef)
                {
                    origin.Base = OriginOf(target, call);
                    if (origin.Base is null)
                    {
                        return null;
                    }
                }
                else if (target.Kind is SlotKind.ObjectRef or SlotKind.Null)
                {
                    origin.InputTemps.Add(AddLocal(target.Type));
                }
                else
                {
                    return Refuse($"a field address through a pointer is on the stack across the call to {((MethodReference)call.Operand).Name}");
                }

                break;
            case Code.Ldelema:
                origin.InputTemps.Add(AddLocal(inputs[inputs.Length - 2].Type));
                origin.InputTemps.Add(AddLocal(inputs[inputs.Length - 1].Type));
                break;
            case Code.Unbox:
                origin.InputTemps.Add(AddLocal(inputs[inputs.Length - 1].Type));
                break;
            case Code.Call or Code.Callvirt when IsMultiDimensionalAddress((MethodReference)producer.Operand, out int rank):
                // grid[i, j] += F(): T[,]::Address(i, j) is a pure function of the array and the indices.
                for (int k = inputs.Length - rank - 1; k < inputs.Length; k++)
                {
                    origin.InputTemps.Add(AddLocal(inputs[k].Type));
                }

                break;
            case Code.Newobj when IsSpanOverReference((MethodReference)producer.Operand):
                var source = inputs[inputs.Length - 1];
                origin.Base = source.IsByRef ? OriginOf(source, call) : null;
                if (origin.Base is null)
                {
                    return source.IsByRef ? null : Refuse($"a span is on the stack across the call to {((MethodReference)call.Operand).Name}");
                }

                break;
            case Code.Call when IsStringAsSpan((MethodReference)producer.Operand):
                origin.InputTemps.Add(AddLocal(inputs[inputs.Length - 1].Type));
                break;
            case Code.Call when IsInlineArrayElementRef((MethodReference)producer.Operand, out bool indexed):
                // params ReadOnlySpan<T> arguments live in an [InlineArray] local, written through
                // InlineArrayElementRef(ref buffer, i): a pure function of the local and the index.
                var buffer = inputs[inputs.Length - (indexed ? 2 : 1)];
                if (!buffer.IsByRef)
                {
                    return Refuse($"an inline-array element address is on the stack across the call to {((MethodReference)call.Operand).Name}");
                }

                origin.Base = OriginOf(buffer, call);
                if (origin.Base is null)
                {
                    return null;
                }

                if (indexed)
                {
                    origin.InputTemps.Add(AddLocal(inputs[inputs.Length - 1].Type));
                }

                break;
            default:
                return Refuse(
                    $"a reference produced by '{producer.OpCode.Name} {producer.Operand}' is on the stack across the call to {((MethodReference)call.Operand).Name}; " +
                    "copy the value into a local before the call");
        }

        _origins[producer] = origin;
        return origin;

        ByRefOrigin? Refuse(string why)
        {
            Report(DiagnosticCatalogue.Unsupported, call, MethodName, why);
            return null;
        }
    }

    /// <summary>A span slot whose producer can run again: made over a reference, or from a string.</summary>
    private static bool IsRederivableSpan(StackSlot slot) =>
        slot.Kind == SlotKind.ValueType && slot.Producer is { } producer &&
        ((producer.OpCode.Code == Code.Newobj && IsSpanOverReference((MethodReference)producer.Operand)) ||
         (producer.OpCode.Code == Code.Call && IsStringAsSpan((MethodReference)producer.Operand)));

    private static bool IsSpanOverReference(MethodReference constructor) =>
        constructor.Name == ".ctor" && constructor.Parameters.Count == 1 &&
        constructor.Parameters[0].ParameterType is ByReferenceType &&
        constructor.DeclaringType.Namespace == "System" &&
        constructor.DeclaringType.Name is "ReadOnlySpan`1" or "Span`1";

    private static bool IsStringAsSpan(MethodReference method) =>
        method.Parameters.Count == 1 && method.Parameters[0].ParameterType.MetadataType == MetadataType.String &&
        method.ReturnType.Name == "ReadOnlySpan`1" &&
        ((method.Name == "op_Implicit" && method.DeclaringType.FullName == "System.String") ||
         (method.Name == "AsSpan" && method.DeclaringType.FullName == "System.MemoryExtensions"));

    private static bool IsMultiDimensionalAddress(MethodReference method, out int rank)
    {
        rank = method.DeclaringType is ArrayType { IsVector: false } array ? array.Rank : 0;
        return rank > 0 && method.Name == "Address" && method.Parameters.Count == rank;
    }

    private static bool IsInlineArrayElementRef(MethodReference method, out bool indexed)
    {
        indexed = method.Name == "InlineArrayElementRef";
        return (indexed || method.Name == "InlineArrayFirstElementRef") &&
            method.DeclaringType.FullName == "<PrivateImplementationDetails>";
    }

    private bool CheckStorable(StackSlot slot, Instruction call, string what)
    {
        if (slot.Kind == SlotKind.Pointer)
        {
            Report(DiagnosticCatalogue.UnstorableLiveAcrossSuspension, call, "the stack value", what, "a pointer", CalleeName(call), MethodName, "an address cannot be stored in a flow's frame");
            return false;
        }

        if (slot.Kind == SlotKind.ValueType && IsByRefLike(slot.Type))
        {
            Report(DiagnosticCatalogue.UnstorableLiveAcrossSuspension, call, "the stack value", what, slot.Type.FullName, CalleeName(call), MethodName, "a ref struct cannot be stored in a flow's frame");
            return false;
        }

        return true;
    }

    private bool CheckLocalStorable(TypeReference type, string kind, string name, Instruction call, bool compilerTemporary = false)
    {
        type = GenericSubstitution.StripModifiers(type);
        string? why = type switch
        {
            PinnedType => "a pinned reference",
            ByReferenceType => "a ref local",
            PointerType or FunctionPointerType => "a pointer",
            _ when type.MetadataType == MetadataType.TypedByReference => "a TypedReference",
            _ when IsLockScope(type) => "a held lock",
            _ when IsByRefLike(type) => "a ref struct (Span<T>, stackalloc and the like)",
            _ => null,
        };
        if (why is null)
        {
            return true;
        }

        if (IsLockScope(type))
        {
            Report(DiagnosticCatalogue.SuspensionInLock, call, CalleeName(call), MethodName);
            return false;
        }

        why += " cannot be stored in a flow's frame";
        if (compilerTemporary)
        {
            // A local the compiler made for the expression (an element reference of a compound
            // assignment, an interpolated string's handler): the user can only move the call out.
            kind = "a temporary the compiler made for the expression, local";
            why += "; move the suspending call out of that expression into its own local first (var value = F(); then use value)";
        }

        Report(DiagnosticCatalogue.UnstorableLiveAcrossSuspension, call, kind, name, type.FullName, CalleeName(call), MethodName, why);
        return false;
    }

    private static bool IsLockScope(TypeReference type) => type.FullName == "System.Threading.Lock/Scope";

    // Unknown counts as storable: the run-time serializer still refuses, by value, what it cannot store.
    private static bool IsByRefLike(TypeReference type) => CecilResolution.IsByRefLike(type, whenUnknown: false);

    private string LocalName(VariableDefinition local) =>
        _method.DebugInformation.TryGetName(local, out var name) && !string.IsNullOrEmpty(name) ? Sanitize(name) : "v" + local.Index;

    private static string Sanitize(string name) => new(name.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray());

    private int SourceLine(Instruction instruction) => SourceLocation.Of(_method, instruction)?.StartLine ?? 0;

    /// <summary>The called method as the user wrote the call: a helper the weaver inlined is named, not what it calls.</summary>
    private string CalleeName(Instruction call) =>
        _context.InlinedCalls.TryGetValue(call, out var inlined)
            ? $"{UserCode.Of(inlined.Helper).Name} (which calls {UserCode.Describe((MethodReference)call.Operand)})"
            : UserCode.Describe((MethodReference)call.Operand);

    /// <summary>Where a diagnostic about an instruction points: for one copied from an inlined helper, the call of the helper.</summary>
    private Instruction? SourceAnchor(Instruction? at) =>
        at is not null && _context.InlinedCalls.TryGetValue(at, out var inlined) ? inlined.Site : at;

    private void Report(DiagnosticDescriptor descriptor, Instruction? at, params object[] arguments)
    {
        if (_pointProblems is not null && descriptor.Severity == DiagnosticSeverity.Error)
        {
            // Planning a call that only may suspend: a problem makes it an ordinary call instead.
            _pointProblems.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments));
            return;
        }

        if (descriptor.Severity == DiagnosticSeverity.Error)
        {
            _failed = true;
        }

        _context.Diagnostics.Report(descriptor, SourceLocation.Of(_method, SourceAnchor(at) ?? _method.Body.Instructions.FirstOrDefault()), arguments);
    }
}
