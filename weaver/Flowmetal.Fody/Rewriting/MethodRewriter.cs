using Flowmetal.Fody.Passes;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// Emits capture and restore for a planned method (README.md, "How weaving works", shows the result in C#):
/// <list type="number">
/// <item>byref producers copy their inputs so the byref can be re-derived;</item>
/// <item>instance calls at suspension points keep their arguments in temporaries;</item>
/// <item>after each suspension point, one thread-local read decides whether to unwind;</item>
/// <item>finally and fault handlers skip the user's code while unwinding;</item>
/// <item>each try block holding a suspension point starts with a dispatch, because CIL only
/// lets control enter a try at its first instruction;</item>
/// <item>method entry checks for restoring; restore and capture blocks go after the body.</item>
/// </list>
/// </summary>
internal sealed class MethodRewriter
{
    private readonly MethodWeavePlan _plan;
    private readonly RuntimeReferences _runtime;
    private readonly MethodBody _body;
    private readonly ILEditor _editor;

    public MethodRewriter(MethodWeavePlan plan, RuntimeReferences runtime)
    {
        _plan = plan;
        _runtime = runtime;
        _body = plan.Method.Body;
        _editor = new ILEditor(_body);
    }

    public void Rewrite()
    {
        foreach (var prefix in _plan.TailPrefixes)
        {
            prefix.OpCode = OpCodes.Nop;
            prefix.Operand = null;
        }

        foreach (var origin in _plan.Origins)
        {
            CopyProducerInputs(origin);
        }

        foreach (var point in _plan.Points)
        {
            SpillArguments(point);
        }

        foreach (var point in _plan.Points)
        {
            InsertCaptureCheck(point);
        }

        foreach (var plain in _plan.PlainCalls.Where(p => !p.InFilter))
        {
            InsertPlainCallCheck(plain);
        }

        GuardFinallyHandlers();
        foreach (var block in _plan.Blocks)
        {
            InsertDispatch(block);
        }

        var restore = Instruction.Create(OpCodes.Nop);
        _editor.InsertBefore(_body.Instructions[0], new[]
        {
            Instruction.Create(OpCodes.Call, _runtime.IsRestoring),
            Instruction.Create(OpCodes.Brtrue, restore),
        });

        _editor.Append(RestoreBlock(restore));
        foreach (var point in _plan.Points)
        {
            _editor.Append(CaptureBlock(point));
        }


        _body.InitLocals = true;
        _body.OptimizeMacros();
    }

    private void CopyProducerInputs(ByRefOrigin origin)
    {
        var code = new List<Instruction>();
        for (int i = origin.InputTemps.Count - 1; i >= 0; i--)
        {
            code.Add(Instruction.Create(OpCodes.Stloc, origin.InputTemps[i]));
        }

        foreach (var temp in origin.InputTemps)
        {
            code.Add(Instruction.Create(OpCodes.Ldloc, temp));
        }

        // Paths that reach the producer carry its inputs on the stack: they must run the copy too.
        _editor.InsertBefore(origin.ProducerStart, code, (_, start) => start != RegionStart.Try, _ => true);
    }

    private void SpillArguments(SuspensionPoint point)
    {
        if (!point.SpillsArguments)
        {
            point.Landing = point.Entry;
            return;
        }

        var code = new List<Instruction>();
        for (int a = point.ArgumentCount - 1; a >= 0; a--)
        {
            code.Add(Instruction.Create(OpCodes.Stloc, point.ArgumentTemps[a]!));
        }

        var reload = new List<Instruction>();
        for (int a = 0; a < point.ArgumentCount; a++)
        {
            reload.Add(Instruction.Create(OpCodes.Ldloc, point.ArgumentTemps[a]!));
        }

        point.Landing = reload[0];
        code.AddRange(reload);
        _editor.InsertBefore(point.Entry, code, (_, start) => start != RegionStart.Try, _ => true);
    }

    private void InsertCaptureCheck(SuspensionPoint point)
    {
        var next = point.Call.Next;
        var code = new List<Instruction>
        {
            Instruction.Create(OpCodes.Call, _runtime.IsCapturing),
            Instruction.Create(OpCodes.Brfalse, next),
        };
        if (point.ReturnsValue)
        {
            code.Add(Instruction.Create(OpCodes.Pop));
        }

        for (int i = point.BelowCount - 1; i >= 0; i--)
        {
            code.Add(point.BelowOrigins[i] is null
                ? Instruction.Create(OpCodes.Stloc, point.BelowTemps[i]!)
                : Instruction.Create(OpCodes.Pop));
        }

        // leave (not br) out of try blocks: it runs the finally handlers, which skip user code while capturing.
        code.Add(Instruction.Create(point.Regions.Count > 0 ? OpCodes.Leave : OpCodes.Br, point.CaptureLabel));
        _editor.InsertBefore(next, code);
    }

    /// <summary>
    /// After a call that may reach woven code but is no suspension point here: should it return
    /// unwinding, abandon the suspension and throw, naming this method and why, rather than run on
    /// with a default value. (A filter cannot throw out: those calls are refused by the stack check.)
    /// </summary>
    private void InsertPlainCallCheck(PlainCall plain)
    {
        var next = plain.Call.Next;
        var callee = (MethodReference)plain.Call.Operand;
        var location = Diagnostics.SourceLocation.Of(_plan.Method, plain.Call);
        var at = location is null ? string.Empty : $" ({Path.GetFileName(location.Document.Url)}:{location.StartLine})";
        _editor.InsertBefore(next, new[]
        {
            Instruction.Create(OpCodes.Call, _runtime.IsCapturing),
            Instruction.Create(OpCodes.Brfalse, next),
            Instruction.Create(OpCodes.Ldstr, _plan.Frame.MethodId),
            Instruction.Create(OpCodes.Ldstr, callee.DeclaringType.Name + "::" + callee.Name + at),
            Instruction.Create(OpCodes.Ldstr, plain.Reason),
            Instruction.Create(OpCodes.Call, _runtime.NotASuspensionPoint),
            Instruction.Create(OpCodes.Throw),
        });
    }

    private void GuardFinallyHandlers()
    {
        var guarded = new HashSet<ExceptionHandler>();
        foreach (var point in _plan.Points)
        {
            foreach (var block in point.Regions)
            {
                foreach (var handler in block.Handlers)
                {
                    if (handler.HandlerType is ExceptionHandlerType.Finally or ExceptionHandlerType.Fault && guarded.Add(handler))
                    {
                        var start = handler.HandlerStart;
                        _editor.InsertBefore(
                            start,
                            new[]
                            {
                                Instruction.Create(OpCodes.Call, _runtime.IsCapturing),
                                Instruction.Create(OpCodes.Brfalse, start),
                                Instruction.Create(OpCodes.Endfinally),
                            },
                            (h, kind) => h == handler && kind == RegionStart.Handler);
                    }
                }
            }
        }
    }

    /// <summary>
    /// <c>if (state != 0) switch (state - 1) { ... }</c> at the try's first instruction. Targets are
    /// the stubs of the points directly in this block, or the dispatch of the nested block on the
    /// way to the point. Blocks are processed innermost first, so nested dispatches exist.
    /// </summary>
    private void InsertDispatch(TryBlock block)
    {
        var anchor = block.CurrentStart;
        var invalid = Instruction.Create(OpCodes.Ldtoken, _plan.Frame.InMethod);
        var targets = new Instruction[_plan.Points.Count];
        var stubs = new List<Instruction>();
        foreach (var point in _plan.Points)
        {
            int depth = point.Regions.IndexOf(block);
            if (depth < 0)
            {
                targets[point.Number - 1] = invalid;
            }
            else if (depth == point.Regions.Count - 1)
            {
                var stub = ResumeStub(point);
                targets[point.Number - 1] = stub[0];
                stubs.AddRange(stub);
            }
            else
            {
                targets[point.Number - 1] = point.Regions[depth + 1].CurrentStart;
            }
        }

        var code = new List<Instruction>
        {
            Instruction.Create(OpCodes.Ldloc, _plan.StateLocal),
            Instruction.Create(OpCodes.Brfalse, anchor),
            Instruction.Create(OpCodes.Ldloc, _plan.StateLocal),
            Instruction.Create(OpCodes.Ldc_I4_1),
            Instruction.Create(OpCodes.Sub),
            Instruction.Create(OpCodes.Switch, targets),
            invalid,
            Instruction.Create(OpCodes.Ldloc, _plan.StateLocal),
            Instruction.Create(OpCodes.Call, _runtime.InvalidResumePoint),
            Instruction.Create(OpCodes.Throw),
        };
        code.AddRange(stubs);

        var outside = OutsideOf(block);
        _editor.InsertBefore(
            anchor,
            code,
            (handler, kind) => kind == RegionStart.Try && (block.Handlers.Contains(handler) || Encloses(handler, block)),
            outside);
    }

    private Func<Instruction, bool> OutsideOf(TryBlock block)
    {
        Dictionary<Instruction, int>? positions = null;
        return instruction =>
        {
            if (positions is null)
            {
                positions = new Dictionary<Instruction, int>();
                for (int i = 0; i < _body.Instructions.Count; i++)
                {
                    positions[_body.Instructions[i]] = i;
                }
            }

            var handler = block.Handlers[0];
            int start = positions[handler.TryStart];
            int end = handler.TryEnd is null ? int.MaxValue : positions[handler.TryEnd];
            int at = positions[instruction];
            return at < start || at >= end;
        };
    }

    private static bool Encloses(ExceptionHandler handler, TryBlock block) => block.Enclosing.Contains(handler);

    /// <summary>Resets the dispatch state, pushes what was on the stack at the call, and jumps to it.</summary>
    private List<Instruction> ResumeStub(SuspensionPoint point)
    {
        var code = new List<Instruction>
        {
            Instruction.Create(OpCodes.Ldc_I4_0),
            Instruction.Create(OpCodes.Stloc, _plan.StateLocal),
        };
        for (int i = 0; i < point.BelowCount; i++)
        {
            code.Add(Instruction.Create(OpCodes.Ldloc, point.BelowTemps[i]!));
        }

        if (!point.SpillsArguments)
        {
            var callee = point.Callee;
            for (int a = 0; a < point.ArgumentCount; a++)
            {
                // A woven callee reloads its arguments from its own frame; only byrefs must be real.
                code.Add(Instruction.Create(OpCodes.Ldloc, point.ArgumentTemps[a] ?? DefaultTemp(Analysis.GenericSubstitution.ParameterType(callee, a))));
            }
        }

        code.Add(Instruction.Create(OpCodes.Br, point.Landing!));
        return code;
    }

    private VariableDefinition DefaultTemp(TypeReference type)
    {
        type = Analysis.GenericSubstitution.StripModifiers(type);
        if (!_plan.DefaultTemps.TryGetValue(type.FullName, out var temp))
        {
            temp = new VariableDefinition(type);
            _body.Variables.Add(temp);
            _plan.DefaultTemps.Add(type.FullName, temp);
        }

        return temp;
    }

    private List<Instruction> RestoreBlock(Instruction restore)
    {
        var frame = _plan.Frame;
        var code = new List<Instruction>
        {
            restore,
            Instruction.Create(OpCodes.Ldtoken, frame.InMethod),
            Instruction.Create(OpCodes.Call, _runtime.PopFrame),
            Instruction.Create(OpCodes.Castclass, frame.InMethod),
            Instruction.Create(OpCodes.Stloc, _plan.FrameLocal),
            Instruction.Create(OpCodes.Ldloc, _plan.FrameLocal),
            Instruction.Create(OpCodes.Ldfld, _runtime.ResumePoint),
            Instruction.Create(OpCodes.Stloc, _plan.StateLocal),
            Instruction.Create(OpCodes.Ldloc, _plan.StateLocal),
            Instruction.Create(OpCodes.Ldc_I4_1),
            Instruction.Create(OpCodes.Sub),
            Instruction.Create(OpCodes.Switch, _plan.Points.Select(p => p.RestoreLabel).ToArray()),
            Instruction.Create(OpCodes.Ldtoken, frame.InMethod),
            Instruction.Create(OpCodes.Ldloc, _plan.StateLocal),
            Instruction.Create(OpCodes.Call, _runtime.InvalidResumePoint),
            Instruction.Create(OpCodes.Throw),
        };

        foreach (var point in _plan.Points)
        {
            code.Add(point.RestoreLabel);
            foreach (var saved in point.Saved)
            {
                code.Add(Instruction.Create(OpCodes.Ldloc, _plan.FrameLocal));
                code.Add(Instruction.Create(OpCodes.Ldfld, saved.Field));
                code.Add(saved.Store());
            }

            foreach (var (reference, definition) in point.RederivedAddresses)
            {
                code.Add(definition.OpCode.Code == Code.Ldloca
                    ? Instruction.Create(OpCodes.Ldloca, (VariableDefinition)definition.Operand)
                    : Instruction.Create(OpCodes.Ldarga, (ParameterDefinition)definition.Operand));
                code.Add(Instruction.Create(OpCodes.Stloc, reference));
            }

            for (int i = 0; i < point.BelowCount; i++)
            {
                if (point.BelowOrigins[i] is { } origin)
                {
                    origin.EmitRederive(code);
                    code.Add(Instruction.Create(OpCodes.Stloc, point.BelowTemps[i]!));
                }
            }

            for (int a = 0; a < point.ArgumentCount; a++)
            {
                if (point.ArgumentOrigins[a] is { } origin)
                {
                    origin.EmitRederive(code);
                    code.Add(Instruction.Create(OpCodes.Stloc, point.ArgumentTemps[a]!));
                }
            }

            if (point.Regions.Count == 0)
            {
                code.AddRange(ResumeStub(point));
            }
            else
            {
                code.Add(Instruction.Create(OpCodes.Br, point.Regions[0].CurrentStart));
            }
        }

        return code;
    }

    private List<Instruction> CaptureBlock(SuspensionPoint point)
    {
        var frame = _plan.Frame;
        var code = new List<Instruction>
        {
            point.CaptureLabel,
            Instruction.Create(OpCodes.Newobj, frame.Constructor),
            Instruction.Create(OpCodes.Stloc, _plan.FrameLocal),
            Instruction.Create(OpCodes.Ldloc, _plan.FrameLocal),
            Instruction.Create(OpCodes.Ldc_I4, point.Number),
            Instruction.Create(OpCodes.Stfld, _runtime.ResumePoint),
        };
        foreach (var saved in point.Saved)
        {
            code.Add(Instruction.Create(OpCodes.Ldloc, _plan.FrameLocal));
            code.Add(saved.Load());
            code.Add(Instruction.Create(OpCodes.Stfld, saved.Field));
        }

        code.Add(Instruction.Create(OpCodes.Ldloc, _plan.FrameLocal));
        code.Add(Instruction.Create(OpCodes.Call, _runtime.PushFrame));
        if (_plan.ReturnDefault is not null)
        {
            code.Add(Instruction.Create(OpCodes.Ldloc, _plan.ReturnDefault));
        }

        code.Add(Instruction.Create(OpCodes.Ret));
        return code;
    }
}
