using Flowmetal.Fody.Passes;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// Emits the body of a generated retry helper:
/// <code>
/// policy = ...; attempt = 1;
/// loop: try { result = CALL; leave done; }
///       catch (Exception e) { if (!Woven.ShouldRetry(policy, e, attempt)) throw; leave wait; }
/// wait: Woven.RetryWait(policy, attempt, target); attempt++; goto loop;   // a durable timer
/// done: Woven.RetrySucceeded(target, attempt); return result;            // a checkpoint
/// </code>
/// The waits sit outside the handler, so the helper is an ordinary suspendable method that the
/// weaving pipeline then makes durable like any other.
/// </summary>
internal static class RetryLoopBuilder
{
    /// <param name="helper">The method to fill; its body must be empty.</param>
    /// <param name="runtime">Runtime references.</param>
    /// <param name="emitPolicy">Pushes the <c>RetryPolicy</c>.</param>
    /// <param name="emitTarget">Pushes the retried method's name (a string).</param>
    /// <param name="emitCall">Makes one attempt, leaving the result (if any) on the stack.</param>
    /// <param name="resultType">The attempt's result type (void for none).</param>
    public static void Build(
        MethodDefinition helper,
        RuntimeReferences runtime,
        Action<ILProcessor> emitPolicy,
        Action<ILProcessor> emitTarget,
        Action<ILProcessor> emitCall,
        TypeReference resultType)
    {
        var module = helper.Module;
        var body = helper.Body;
        body.InitLocals = true;
        var policy = new VariableDefinition(runtime.RetryPolicy);
        var attempt = new VariableDefinition(module.TypeSystem.Int32);
        var error = new VariableDefinition(new TypeReference("System", "Exception", module, module.TypeSystem.CoreLibrary));
        bool hasResult = !Analysis.GenericSubstitution.IsVoid(resultType);
        var result = hasResult ? new VariableDefinition(resultType) : null;
        body.Variables.Add(policy);
        body.Variables.Add(attempt);
        body.Variables.Add(error);
        if (result is not null)
        {
            body.Variables.Add(result);
        }

        var il = body.GetILProcessor();
        emitPolicy(il);
        il.Emit(OpCodes.Stloc, policy);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Stloc, attempt);

        var wait = Instruction.Create(OpCodes.Ldloc, policy);
        var done = Instruction.Create(OpCodes.Nop);
        var retry = Instruction.Create(OpCodes.Leave, wait);

        var tryStart = Instruction.Create(OpCodes.Nop);
        il.Append(tryStart);
        emitCall(il);
        if (result is not null)
        {
            il.Emit(OpCodes.Stloc, result);
        }

        il.Emit(OpCodes.Leave, done);

        var handlerStart = Instruction.Create(OpCodes.Stloc, error);
        il.Append(handlerStart);
        il.Emit(OpCodes.Ldloc, policy);
        il.Emit(OpCodes.Ldloc, error);
        il.Emit(OpCodes.Ldloc, attempt);
        il.Emit(OpCodes.Call, runtime.ShouldRetry);
        il.Emit(OpCodes.Brtrue, retry);
        il.Emit(OpCodes.Rethrow);
        il.Append(retry);

        il.Append(wait);
        il.Emit(OpCodes.Ldloc, attempt);
        emitTarget(il);
        il.Emit(OpCodes.Call, runtime.RetryWait);
        il.Emit(OpCodes.Ldloc, attempt);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, attempt);
        il.Emit(OpCodes.Br, tryStart);

        il.Append(done);
        emitTarget(il);
        il.Emit(OpCodes.Ldloc, attempt);
        il.Emit(OpCodes.Call, runtime.RetrySucceeded);
        if (result is not null)
        {
            il.Emit(OpCodes.Ldloc, result);
        }

        il.Emit(OpCodes.Ret);

        body.ExceptionHandlers.Add(new ExceptionHandler(ExceptionHandlerType.Catch)
        {
            TryStart = tryStart,
            TryEnd = handlerStart,
            HandlerStart = handlerStart,
            HandlerEnd = wait,
            CatchType = error.VariableType,
        });
    }
}
