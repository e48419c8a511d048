// Shared by the runtime and the weaver (linked into weaver/Flowmetal.Fody): the names woven code and the
// runtime agree on. The weaver writes frame fields and finds runtime members by these names, the runtime
// parses the fields back; one source keeps them from drifting apart. Constants and string work only, so
// it compiles for netstandard2.0 too. The runtime's tests check every member name against the runtime.
namespace Flowmetal.Execution;

/// <summary>The names a woven assembly and the Flowmetal runtime share.</summary>
internal static class WovenContract
{
    /// <summary>The runtime's assembly name.</summary>
    public const string RuntimeAssembly = "Flowmetal";

    /// <summary>The namespace of the types woven code calls (<c>Frame</c>, <c>Woven</c>, the attributes).</summary>
    public const string ExecutionNamespace = "Flowmetal.Execution";

    /// <summary>The public API whose <c>Retry</c> calls the weaver rewrites.</summary>
    public const string FlowType = "Flowmetal.Flow";

    /// <summary>The name of <c>Flow.Retry</c>.</summary>
    public const string FlowRetryMethod = "Retry";

    /// <summary>The policy type <c>Flow.Retry</c> takes.</summary>
    public const string RetryPolicyType = "Flowmetal.RetryPolicy";

    /// <summary>Types of <see cref="ExecutionNamespace"/> woven code uses.</summary>
    public static class Types
    {
        public const string Frame = "Frame";
        public const string Woven = "Woven";
        public const string WovenAttribute = "WovenAttribute";
        public const string WovenFrameAttribute = "WovenFrameAttribute";
        public const string WovenAssemblyAttribute = "WovenAssemblyAttribute";
        public const string NotWovenAttribute = "NotWovenAttribute";
        public const string SuspendsAttribute = "SuspendsAttribute";
        public const string InterpolatedStringBuilder = "InterpolatedStringBuilder";
        public const string DelegateTargetAttribute = "DelegateTargetAttribute";

        /// <summary>The full name of a type of <see cref="ExecutionNamespace"/>.</summary>
        public static string FullName(string type) => ExecutionNamespace + "." + type;
    }

    /// <summary>Members of the runtime woven code calls or sets.</summary>
    public static class Members
    {
        /// <summary>The frame's field holding where the method resumes.</summary>
        public const string FrameResumePoint = "ResumePoint";

        public const string IsCapturingGetter = "get_IsCapturing";
        public const string IsRestoringGetter = "get_IsRestoring";
        public const string PushFrame = "PushFrame";
        public const string PopFrame = "PopFrame";
        public const string InvalidResumePoint = "InvalidResumePoint";
        public const string NotASuspensionPoint = "NotASuspensionPoint";
        public const string StaticsInitialized = "StaticsInitialized";
        public const string RetryPolicyOf = "RetryPolicyOf";
        public const string ShouldRetry = "ShouldRetry";
        public const string RetryWait = "RetryWait";
        public const string RetrySucceeded = "RetrySucceeded";
        public const string RetryTargetOf = "RetryTargetOf";

        /// <summary>Properties of <c>WovenAttribute</c> the weaver sets by name.</summary>
        public const string SurelySuspends = "SurelySuspends";
        public const string UnsuspendableCallees = "UnsuspendableCallees";

        /// <summary>Properties of <c>WovenFrameAttribute</c> the weaver sets by name, for resuming in a later build.</summary>
        public const string PointKeys = "PointKeys";
        public const string PointSlots = "PointSlots";
        public const string LocalNames = "LocalNames";
    }

    /// <summary>The flow upgrader API, whose use the weaver checks at build time.</summary>
    public static class Upgraders
    {
        public const string Attribute = "Flowmetal.Versioning.FlowUpgraderAttribute";
        public const string Result = "Flowmetal.Versioning.FrameResume";
        public const string StoredFrame = "Flowmetal.Versioning.StoredFrame";
    }

    /// <summary>
    /// What a saved value is in the source, in <c>WovenFrameAttribute.PointSlots</c> (<c>field=role</c>, joined by
    /// <c>;</c>): <c>local:total</c>, <c>arg:id</c>, <c>this</c>, <c>stack:0</c> (the first value spilled at that point),
    /// <c>anon</c> (a local without a PDB name).
    /// </summary>
    public static class SlotRoles
    {
        public const string LocalPrefix = "local:";
        public const string ArgumentPrefix = "arg:";
        public const string This = "this";
        public const string StackPrefix = "stack:";
        public const string Anonymous = "anon";
        public const char Assign = '=';
        public const char Separator = ';';
    }

    /// <summary>
    /// The fields of a woven frame class, named so that a stored frame reads like the source:
    /// <c>&lt;&gt;l3_total</c> is local 3, 'total' in the source; <c>&lt;&gt;a_id</c> the argument 'id';
    /// <c>&lt;&gt;this</c> the instance; <c>&lt;&gt;t0</c> a value the method had on the evaluation stack.
    /// </summary>
    public static class FrameFields
    {
        public const string LocalPrefix = "<>l";
        public const string ArgumentPrefix = "<>a_";
        public const string This = "<>this";
        public const string StackPrefix = "<>t";

        /// <summary>Local <paramref name="index"/>, with its source name (empty when the PDB has none).</summary>
        public static string Local(int index, string name) => LocalPrefix + index + "_" + name;

        public static string Argument(string name) => ArgumentPrefix + name;

        public static string Stack(int index) => StackPrefix + index;
    }
}
