using Flowmetal.Execution;
using Flowmetal.Fody.Analysis;
using Mono.Cecil;

namespace Flowmetal.Fody.Passes;

/// <summary>
/// The Flowmetal runtime members woven code uses, imported into the module being woven. Resolved
/// lazily: a module with nothing to weave never needs the runtime.
/// </summary>
internal sealed class RuntimeReferences
{
    private RuntimeReferences(ModuleDefinition module, TypeDefinition frame, TypeDefinition woven, TypeDefinition wovenAttribute, TypeDefinition wovenFrameAttribute, TypeDefinition wovenAssemblyAttribute, TypeDefinition notWovenAttribute, TypeDefinition interpolatedStringBuilder, TypeDefinition delegateTargetAttribute, TypeDefinition retryPolicy, TypeDefinition flow)
    {
        RetryPolicy = module.ImportReference(retryPolicy);
        RetryPolicyOf = module.ImportReference(woven.Methods.Single(m => m.Name == WovenContract.Members.RetryPolicyOf));
        ShouldRetry = module.ImportReference(woven.Methods.Single(m => m.Name == WovenContract.Members.ShouldRetry));
        RetryWait = module.ImportReference(woven.Methods.Single(m => m.Name == WovenContract.Members.RetryWait));
        RetrySucceeded = module.ImportReference(woven.Methods.Single(m => m.Name == WovenContract.Members.RetrySucceeded));
        RetryTargetOf = module.ImportReference(woven.Methods.Single(m => m.Name == WovenContract.Members.RetryTargetOf));
        FlowRetryOfFunc = flow.Methods.Single(m => m.Name == WovenContract.FlowRetryMethod && m.HasGenericParameters);
        FlowRetryOfAction = flow.Methods.Single(m => m.Name == WovenContract.FlowRetryMethod && !m.HasGenericParameters);
        Frame = module.ImportReference(frame);
        FrameConstructor = module.ImportReference(frame.Methods.Single(m => m.IsConstructor && !m.IsStatic));
        ResumePoint = module.ImportReference(frame.Fields.Single(f => f.Name == WovenContract.Members.FrameResumePoint));
        IsCapturing = module.ImportReference(woven.Methods.Single(m => m.Name == WovenContract.Members.IsCapturingGetter));
        IsRestoring = module.ImportReference(woven.Methods.Single(m => m.Name == WovenContract.Members.IsRestoringGetter));
        PushFrame = module.ImportReference(woven.Methods.Single(m => m.Name == WovenContract.Members.PushFrame));
        PopFrame = module.ImportReference(woven.Methods.Single(m => m.Name == WovenContract.Members.PopFrame));
        InvalidResumePoint = module.ImportReference(woven.Methods.Single(m => m.Name == WovenContract.Members.InvalidResumePoint));
        NotASuspensionPoint = module.ImportReference(woven.Methods.Single(m => m.Name == WovenContract.Members.NotASuspensionPoint));
        WovenAttributeConstructor = module.ImportReference(wovenAttribute.Methods.Single(m => m.IsConstructor));
        WovenFrameAttributeConstructor = module.ImportReference(wovenFrameAttribute.Methods.Single(m => m.IsConstructor));
        WovenAssemblyAttributeConstructor = module.ImportReference(wovenAssemblyAttribute.Methods.Single(m => m.IsConstructor));
        NotWovenAttributeConstructor = module.ImportReference(notWovenAttribute.Methods.Single(m => m.IsConstructor));
        InterpolatedStringBuilder = interpolatedStringBuilder;
        DelegateTargetAttributeConstructor = module.ImportReference(delegateTargetAttribute.Methods.Single(m => m.IsConstructor));
        StaticsInitialized = module.ImportReference(woven.Methods.Single(m => m.Name == WovenContract.Members.StaticsInitialized));
        var systemType = new TypeReference("System", "Type", module, module.TypeSystem.CoreLibrary);
        SystemType = systemType;
        RuntimeTypeHandle = new TypeReference("System", "RuntimeTypeHandle", module, module.TypeSystem.CoreLibrary, valueType: true);
        var compilerGenerated = new TypeReference("System.Runtime.CompilerServices", "CompilerGeneratedAttribute", module, module.TypeSystem.CoreLibrary);
        CompilerGeneratedConstructor = new MethodReference(".ctor", module.TypeSystem.Void, compilerGenerated) { HasThis = true };
    }

    public TypeReference Frame { get; }

    public TypeReference RetryPolicy { get; }

    public MethodReference RetryPolicyOf { get; }

    public MethodReference ShouldRetry { get; }

    public MethodReference RetryWait { get; }

    public MethodReference RetrySucceeded { get; }

    public MethodReference RetryTargetOf { get; }

    /// <summary><c>Flow.Retry&lt;T&gt;(Func&lt;T&gt;, RetryPolicy)</c> as defined in the runtime (compare by full name).</summary>
    public MethodDefinition FlowRetryOfFunc { get; }

    /// <summary><c>Flow.Retry(Action, RetryPolicy)</c> as defined in the runtime.</summary>
    public MethodDefinition FlowRetryOfAction { get; }

    public MethodReference FrameConstructor { get; }

    public FieldReference ResumePoint { get; }

    public MethodReference IsCapturing { get; }

    public MethodReference IsRestoring { get; }

    public MethodReference PushFrame { get; }

    public MethodReference PopFrame { get; }

    public MethodReference InvalidResumePoint { get; }

    public MethodReference NotASuspensionPoint { get; }

    public MethodReference WovenAttributeConstructor { get; }

    public MethodReference WovenFrameAttributeConstructor { get; }

    public MethodReference WovenAssemblyAttributeConstructor { get; }

    public MethodReference NotWovenAttributeConstructor { get; }

    /// <summary>The heap stand-in for DefaultInterpolatedStringHandler (a definition: import what you use of it).</summary>
    public TypeDefinition InterpolatedStringBuilder { get; }
    public MethodReference DelegateTargetAttributeConstructor { get; }

    /// <summary><c>Woven.StaticsInitialized(RuntimeTypeHandle)</c>, called at the end of static constructors.</summary>
    public MethodReference StaticsInitialized { get; }

    public MethodReference CompilerGeneratedConstructor { get; }

    public TypeReference SystemType { get; }

    public TypeReference RuntimeTypeHandle { get; }

    /// <summary>Resolves the runtime assembly the module references; null when it cannot be found.</summary>
    public static RuntimeReferences? TryCreate(ModuleDefinition module)
    {
        var reference = module.AssemblyReferences.FirstOrDefault(r => r.Name == WovenContract.RuntimeAssembly)
            ?? new AssemblyNameReference(WovenContract.RuntimeAssembly, null);
        if (module.AssemblyResolver.TryResolve(reference) is not { } runtime)
        {
            return null;
        }

        var types = runtime.MainModule;
        TypeDefinition Get(string name) => types.GetType(WovenContract.Types.FullName(name))
            ?? throw new InvalidOperationException($"The Flowmetal runtime {runtime.Name.Version} has no {WovenContract.Types.FullName(name)}; use the runtime that came with the weaver.");
        TypeDefinition GetPublic(string fullName) => types.GetType(fullName)
            ?? throw new InvalidOperationException($"The Flowmetal runtime {runtime.Name.Version} has no {fullName}; use the runtime that came with the weaver.");
        return new RuntimeReferences(
            module,
            Get(WovenContract.Types.Frame),
            Get(WovenContract.Types.Woven),
            Get(WovenContract.Types.WovenAttribute),
            Get(WovenContract.Types.WovenFrameAttribute),
            Get(WovenContract.Types.WovenAssemblyAttribute),
            Get(WovenContract.Types.NotWovenAttribute),
            Get(WovenContract.Types.InterpolatedStringBuilder),
            Get(WovenContract.Types.DelegateTargetAttribute),
            GetPublic(WovenContract.RetryPolicyType),
            GetPublic(WovenContract.FlowType));
    }
}
