using Flowmetal.Execution;
using Flowmetal.Fody.Configuration;
using Flowmetal.Fody.Diagnostics;
using Flowmetal.Fody.Rewriting;
using Flowmetal.Fody.Analysis;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Passes;

/// <summary>
/// Retries without syntax. Calls from selected methods to a method named by a
/// <c>&lt;Retry&gt;</c> rule, and calls to <c>Flow.Retry(...)</c>, are redirected to generated
/// helpers in <c>&lt;Flowmetal&gt;Retries</c> that loop with durable waits. The helpers join the
/// selection, so the rest of the pipeline makes them suspendable like user code.
/// </summary>
internal sealed class RetryCallsPass : IWeavingPass
{
    private const string HelperTypeName = "<Flowmetal>Retries";

    public void Run(WeavingContext context)
    {
        var callers = context.Selected.Where(m => m.HasBody).ToList();
        var ruleCalls = context.Config.Retries.ToDictionary(r => r, _ => 0);
        var valid = context.Config.Retries.Where(r => CheckExceptionTypes(context, r)).ToList();
        TypeDefinition? helpers = null;
        var ruleHelpers = new Dictionary<string, MethodDefinition>();
        MethodDefinition? funcHelper = null;
        MethodDefinition? actionHelper = null;

        foreach (var caller in callers)
        {
            foreach (var instruction in caller.Body.Instructions)
            {
                if (instruction.OpCode.Code is not (Code.Call or Code.Callvirt) || instruction.Operand is not MethodReference target)
                {
                    continue;
                }

                if (IsFlowRetry(context, target, out bool generic))
                {
                    helpers ??= CreateHelperType(context);
                    if (generic)
                    {
                        funcHelper ??= BuildFuncHelper(context, helpers);
                        var instance = new GenericInstanceMethod(funcHelper);
                        instance.GenericArguments.Add(((GenericInstanceMethod)target).GenericArguments[0]);
                        instruction.OpCode = OpCodes.Call;
                        instruction.Operand = instance;
                    }
                    else
                    {
                        actionHelper ??= BuildActionHelper(context, helpers);
                        instruction.OpCode = OpCodes.Call;
                        instruction.Operand = actionHelper;
                    }

                    continue;
                }

                var rule = valid.FirstOrDefault(r => Matches(r, target));
                if (rule is null)
                {
                    continue;
                }

                ruleCalls[rule]++;
                if (!CanRetry(context, rule, target, caller, instruction))
                {
                    continue;
                }

                helpers ??= CreateHelperType(context);
                var key = rule.Text + "|" + target.FullName + "|" + instruction.OpCode.Code;
                if (!ruleHelpers.TryGetValue(key, out var helper))
                {
                    helper = BuildRuleHelper(context, helpers, rule, target, instruction.OpCode, ruleHelpers.Count);
                    ruleHelpers.Add(key, helper);
                }

                instruction.OpCode = OpCodes.Call;
                instruction.Operand = helper;
            }
        }

        foreach (var rule in valid.Where(r => ruleCalls[r] == 0))
        {
            context.Diagnostics.Report(DiagnosticCatalogue.RetryRuleProblem, null, rule.Text,
                $"no selected method calls {rule.TypeName}::{rule.MethodName}, so nothing is retried");
        }
    }

    private static bool Matches(RetryRule rule, MethodReference target) =>
        target.Name == rule.MethodName && DottedName(target.DeclaringType) == rule.TypeName;

    private static string DottedName(TypeReference type)
    {
        type = type.GetElementType();
        var name = type.Name;
        int tick = name.IndexOf('`');
        if (tick >= 0)
        {
            name = name.Substring(0, tick);
        }

        if (type.DeclaringType is not null)
        {
            return DottedName(type.DeclaringType) + "." + name;
        }

        return type.Namespace.Length == 0 ? name : type.Namespace + "." + name;
    }

    private static bool IsFlowRetry(WeavingContext context, MethodReference target, out bool generic)
    {
        generic = false;
        if (target.Name != WovenContract.FlowRetryMethod || target.DeclaringType.FullName != WovenContract.FlowType)
        {
            return false;
        }

        var definition = target.TryResolve();
        if (definition is null)
        {
            return false;
        }

        if (definition.FullName == context.Runtime.FlowRetryOfFunc.FullName)
        {
            generic = true;
            return true;
        }

        return definition.FullName == context.Runtime.FlowRetryOfAction.FullName;
    }

    private static bool CheckExceptionTypes(WeavingContext context, RetryRule rule)
    {
        bool ok = true;
        foreach (var name in rule.RetryOn)
        {
            var type = FindType(context.Module, name);
            if (type is null)
            {
                context.Diagnostics.Report(DiagnosticCatalogue.RetryRuleProblem, null, rule.Text, $"the exception type {name} was not found in this assembly or its references");
                ok = false;
            }
            else if (!IsException(type))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.RetryRuleProblem, null, rule.Text, $"{name} is not an exception type");
                ok = false;
            }
        }

        return ok;
    }

    private static TypeDefinition? FindType(ModuleDefinition module, string fullName)
    {
        var cecilName = fullName.Replace('+', '/');
        var local = module.GetType(cecilName);
        if (local is not null)
        {
            return local;
        }

        var references = module.AssemblyReferences.ToList();
        references.Add(module.TypeSystem.CoreLibrary as AssemblyNameReference ?? new AssemblyNameReference("System.Runtime", null));
        foreach (var reference in references)
        {
            var assembly = module.AssemblyResolver.TryResolve(reference);
            if (assembly?.MainModule.GetType(cecilName) is { } type)
            {
                return type;
            }

            // Reference assemblies forward types to the implementation.
            foreach (var exported in assembly?.MainModule.ExportedTypes ?? Enumerable.Empty<ExportedType>())
            {
                if (exported.FullName == cecilName)
                {
                    try
                    {
                        return exported.Resolve();
                    }
                    catch (AssemblyResolutionException)
                    {
                        // Forwarded to an assembly the build does not reference: look in the next one.
                    }
                }
            }
        }

        return null;
    }

    private static bool IsException(TypeDefinition type)
    {
        for (TypeDefinition? t = type; t is not null;)
        {
            if (t.FullName == "System.Exception")
            {
                return true;
            }

            t = t.BaseType?.TryResolve();
        }

        return false;
    }

    private static bool CanRetry(WeavingContext context, RetryRule rule, MethodReference target, MethodDefinition caller, Instruction call)
    {
        string? why = null;
        if (target is GenericInstanceMethod || target.DeclaringType is GenericInstanceType)
        {
            why = "generic methods and methods of generic types cannot carry a retry rule yet; call it from a non-generic method and retry that one";
        }
        else if (target.Parameters.Any(p => p.ParameterType is ByReferenceType) || target.ReturnType is ByReferenceType)
        {
            why = "a method with ref or out parameters, or a ref return, cannot be retried across durable waits";
        }
        else if (target.HasThis && target.DeclaringType.IsValueType)
        {
            why = "a method of a struct cannot be retried: its receiver is a reference into the caller";
        }

        if (why is null)
        {
            return true;
        }

        context.Diagnostics.Report(DiagnosticCatalogue.RetryRuleProblem, SourceLocation.Of(caller, call), rule.Text, why);
        return false;
    }

    private static TypeDefinition CreateHelperType(WeavingContext context)
    {
        var module = context.Module;
        var type = new TypeDefinition(
            string.Empty,
            HelperTypeName,
            TypeAttributes.NotPublic | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class | TypeAttributes.BeforeFieldInit,
            module.TypeSystem.Object);
        type.CustomAttributes.Add(new CustomAttribute(context.Runtime.CompilerGeneratedConstructor));
        module.Types.Add(type);
        return type;
    }

    private static MethodDefinition NewHelper(WeavingContext context, TypeDefinition helpers, string name, TypeReference returnType)
    {
        var method = new MethodDefinition(name, MethodAttributes.Assembly | MethodAttributes.Static | MethodAttributes.HideBySig, returnType);
        helpers.Methods.Add(method);
        context.Selected.Add(method);
        return method;
    }

    private static MethodDefinition BuildRuleHelper(WeavingContext context, TypeDefinition helpers, RetryRule rule, MethodReference target, OpCode opCode, int index)
    {
        var module = context.Module;
        var imported = module.ImportReference(target);
        var helper = NewHelper(context, helpers, "Retry_" + target.Name + "_" + index, imported.ReturnType);
        if (target.HasThis)
        {
            helper.Parameters.Add(new ParameterDefinition("self", ParameterAttributes.None, imported.DeclaringType));
        }

        foreach (var parameter in imported.Parameters)
        {
            helper.Parameters.Add(new ParameterDefinition(parameter.Name, ParameterAttributes.None, parameter.ParameterType));
        }

        var targetName = DottedName(target.DeclaringType) + "::" + target.Name;
        RetryLoopBuilder.Build(
            helper,
            context.Runtime,
            il =>
            {
                il.Emit(OpCodes.Ldc_I4, rule.Attempts);
                il.Emit(OpCodes.Ldc_I8, rule.Backoff.Ticks);
                il.Emit(OpCodes.Ldc_I8, rule.MaxBackoff.Ticks);
                il.Emit(OpCodes.Ldstr, string.Join(";", rule.RetryOn));
                il.Emit(OpCodes.Call, context.Runtime.RetryPolicyOf);
            },
            il => il.Emit(OpCodes.Ldstr, targetName),
            il =>
            {
                foreach (var parameter in helper.Parameters)
                {
                    il.Emit(OpCodes.Ldarg, parameter);
                }

                il.Emit(opCode, imported);
            },
            imported.ReturnType);
        return helper;
    }

    private static MethodDefinition BuildFuncHelper(WeavingContext context, TypeDefinition helpers)
    {
        var module = context.Module;
        var helper = NewHelper(context, helpers, "Retry", module.TypeSystem.Void);
        var t = new GenericParameter("T", helper);
        helper.GenericParameters.Add(t);
        helper.ReturnType = t;
        var funcDefinition = new TypeReference("System", "Func`1", module, module.TypeSystem.CoreLibrary);
        funcDefinition.GenericParameters.Add(new GenericParameter("TResult", funcDefinition));
        var func = new GenericInstanceType(funcDefinition);
        func.GenericArguments.Add(t);
        var call = new ParameterDefinition("call", ParameterAttributes.None, func);
        var policy = new ParameterDefinition("policy", ParameterAttributes.None, context.Runtime.RetryPolicy);
        helper.Parameters.Add(call);
        helper.Parameters.Add(policy);
        var invoke = new MethodReference("Invoke", funcDefinition.GenericParameters[0], func) { HasThis = true };
        BuildDelegateLoop(context, helper, call, policy, invoke, t);
        return helper;
    }

    private static MethodDefinition BuildActionHelper(WeavingContext context, TypeDefinition helpers)
    {
        var module = context.Module;
        var helper = NewHelper(context, helpers, "RetryAction", module.TypeSystem.Void);
        var action = new TypeReference("System", "Action", module, module.TypeSystem.CoreLibrary);
        var call = new ParameterDefinition("call", ParameterAttributes.None, action);
        var policy = new ParameterDefinition("policy", ParameterAttributes.None, context.Runtime.RetryPolicy);
        helper.Parameters.Add(call);
        helper.Parameters.Add(policy);
        var invoke = new MethodReference("Invoke", module.TypeSystem.Void, action) { HasThis = true };
        BuildDelegateLoop(context, helper, call, policy, invoke, module.TypeSystem.Void);
        return helper;
    }

    private static void BuildDelegateLoop(WeavingContext context, MethodDefinition helper, ParameterDefinition call, ParameterDefinition policy, MethodReference invoke, TypeReference resultType) =>
        RetryLoopBuilder.Build(
            helper,
            context.Runtime,
            il => il.Emit(OpCodes.Ldarg, policy),
            il =>
            {
                il.Emit(OpCodes.Ldarg, call);
                il.Emit(OpCodes.Call, context.Runtime.RetryTargetOf);
            },
            il =>
            {
                il.Emit(OpCodes.Ldarg, call);
                il.Emit(OpCodes.Callvirt, invoke);
            },
            resultType);
}
