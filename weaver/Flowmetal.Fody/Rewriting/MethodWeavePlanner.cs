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
/// cannot be made durable (with the source line), and picks what each frame keeps. It only reads
/// the method (whose macros the caller has simplified): the locals and the frame class it plans are
/// made by <see cref="MethodRewriter"/>, so a refused method is left exactly as it was.
/// </summary>
internal sealed class MethodWeavePlanner
{
    private readonly WeavingContext _context;
    private readonly MethodDefinition _method;
    private readonly Func<Instruction, SuspensionCallKind> _classify;
    private readonly PlanningReport _report;
    private readonly PlannedLocals _locals;
    private readonly FrameStorability _storability;
    private MethodIndex _index = null!;
    private StackTypeAnalysis _stack = null!;
    private ByRefOrigins _origins = null!;

    public MethodWeavePlanner(WeavingContext context, MethodDefinition method, Func<Instruction, SuspensionCallKind> classify)
    {
        _context = context;
        _method = method;
        _classify = classify;
        _report = new PlanningReport(context, method);
        _locals = new PlannedLocals(method);
        _storability = new FrameStorability(_report);
    }

    /// <summary>The plan, or null when the method was refused (diagnostics reported) or has no suspension point.</summary>
    public MethodWeavePlan? Plan()
    {
        var body = _method.Body;
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
                _report.Report(DiagnosticCatalogue.Unsupported, null, _report.MethodName, "the weaver could not follow its evaluation stack: " + _stack.Failure);
            }

            return null;
        }

        if (_method.ReturnType is ByReferenceType)
        {
            if (mustWeave)
            {
                _report.Report(DiagnosticCatalogue.Unsupported, null, _report.MethodName, "it returns by reference and can suspend; return the value instead");
            }

            return null;
        }

        var placement = new SuspensionPlacement(_index, _report);
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
            if (placement.IsProtectedPlacement(call, body, out var refusal, out var where))
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

        if (_report.Failed)
        {
            return null;
        }

        var liveness = LivenessAnalysis.Run(_method, _index, _stack);
        _origins = new ByRefOrigins(_method, _index, _stack, _locals, _report);
        var frame = new FrameLayout(MethodIdentity.Id(_method), bodyHash);
        var state = _locals.Add(_method.Module.TypeSystem.Int32);
        // Typed as the frame class by the rewriter, which makes the class.
        var frameLocal = _locals.Add(_method.Module.TypeSystem.Object);
        var plan = new MethodWeavePlan(_method, frame, _locals.All, state, frameLocal);
        if (!GenericSubstitution.IsVoid(_method.ReturnType))
        {
            plan.ReturnDefault = _locals.Add(_method.ReturnType);
        }

        int number = 0;
        foreach (var call in calls)
        {
            bool trial = kinds[call] != SuspensionCallKind.Sure;
            if (trial)
            {
                _report.BeginTrial();
            }

            var point = BuildPoint(number + 1, call, blocks, plan);
            point.Kind = kinds[call];
            PlanSaved(point, liveness, plan);
            var problems = trial ? _report.EndTrial() : null;
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

        if (plan.Points.Count == 0 || _report.Failed)
        {
            return null;
        }

        plan.PlainCalls.AddRange(demoted);

        plan.Origins.AddRange(_origins.WithInputs);
        plan.Blocks.AddRange(blocks.Where(b => plan.Points.Any(p => p.Regions.Contains(b))).OrderBy(b => b.End - b.Start));
        var document = _method.DebugInformation.HasSequencePoints ? _method.DebugInformation.SequencePoints[0].Document.Url : null;
        frame.Describe(document, plan.Points.Select(p => p.SourceLine).ToList());
        frame.DescribeForRedeploys(
            plan.Points.Select(ResumePointKeys.Key).ToList(),
            plan.Points.Select(p => ResumePointKeys.Slots(p, _method, _locals.IsOriginal)).ToList(),
            ResumePointKeys.LocalNames(_method));
        return plan;
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
        point.SourceLine = SourceLine(_report.SourceAnchor(call)!);
        for (int i = 0; i < point.BelowCount; i++)
        {
            var slot = point.StackBefore[i];
            if (ByRefOrigins.IsRederivableSpan(slot))
            {
                // A span the compiler made over a local or a string (char + F(), s.AsSpan()): made again on resume.
                point.BelowOrigins[i] = _origins.OriginOf(slot, call);
                point.BelowTemps[i] = _locals.Add(slot.Type);
                continue;
            }

            if (!_storability.CheckStorable(slot, call, "a value computed before the call"))
            {
                continue;
            }

            if (slot.IsByRef)
            {
                point.BelowOrigins[i] = _origins.OriginOf(slot, call);
            }

            point.BelowTemps[i] = _locals.Add(slot.Type);
        }

        for (int a = 0; a < arguments; a++)
        {
            var slot = point.StackBefore[point.BelowCount + a];
            if (slot.IsByRef)
            {
                point.ArgumentOrigins[a] = _origins.OriginOf(slot, call);
                point.ArgumentTemps[a] = _locals.Add(slot.Type);
            }
            else if (point.SpillsArguments)
            {
                if (a == 0 && slot.Kind == SlotKind.Pointer)
                {
                    _storability.CheckStorable(slot, call, "the receiver of the call");
                }

                point.ArgumentTemps[a] = _locals.Add(slot.Type);
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
        foreach (var pair in _origins.AddressLocals)
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
            if (!_locals.IsOriginal(local))
            {
                continue;
            }

            if ((!liveness.LocalLiveAfter(call, local) && !addressedLocals.Contains(local)) || _origins.AddressLocals.ContainsKey(local))
            {
                continue;
            }

            var name = LocalName(local);
            bool compilerTemporary = !(_method.DebugInformation.TryGetName(local, out var declared) && !string.IsNullOrEmpty(declared));
            if (!_storability.CheckLocalStorable(local.VariableType, "local", name, call, compilerTemporary))
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
            if (!_storability.CheckLocalStorable(parameter.ParameterType, "parameter", name, call))
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
            point.Saved.Add(SavedValue.Of(temp, plan.Frame.Field(WovenContract.FrameFields.Stack(_locals.IndexOf(temp)), temp.VariableType)));
        }
    }

    private string LocalName(VariableDefinition local) =>
        _method.DebugInformation.TryGetName(local, out var name) && !string.IsNullOrEmpty(name) ? Sanitize(name) : "v" + local.Index;

    private static string Sanitize(string name) => new(name.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray());

    private int SourceLine(Instruction instruction) => SourceLocation.Of(_method, instruction)?.StartLine ?? 0;
}
