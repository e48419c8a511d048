namespace Flowmetal.Versioning;

/// <summary>
/// Marks a static method that maps a frame stored by an older build of a woven method onto this build, for the
/// changes a resume cannot bridge on its own (a live local removed, renamed or retyped, a suspension point moved):
/// <code>
/// [FlowUpgrader("Shop.Orders::Process(System.Int32)", fromBodyHash: "9f2c4e1a0b3c5d7e")]
/// static FrameResume Process_v1(int total) =>
///     FrameResume.AtSamePoint().With("total", (decimal)total);
/// </code>
/// The method is static and returns a <see cref="FrameResume"/>; its parameters receive the stored values by name
/// (<c>int total</c> the local <c>total</c>), and a <see cref="StoredFrame"/> parameter the whole stored frame. It
/// lives in the assembly of the method it upgrades. Values the upgrader does not set are filled from the stored frame
/// by name and type, as a compatible resume would; a value that still has none fails the flow naming it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class FlowUpgraderAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="method">
    /// The woven method, as errors and <c>FlowInfo</c> name it: <c>Namespace.Type::Method(ParameterTypes)</c>.
    /// </param>
    /// <param name="fromBodyHash">
    /// The body hash of the build whose frames this upgrader takes (the error that refused the resume names it), or
    /// <c>"*"</c> for any build other than this one.
    /// </param>
    public FlowUpgraderAttribute(string method, string fromBodyHash)
    {
        Method = method;
        FromBodyHash = fromBodyHash;
    }

    /// <summary>The woven method whose stored frames this upgrader maps.</summary>
    public string Method { get; }

    /// <summary>The body hash of the older build, or <c>"*"</c>.</summary>
    public string FromBodyHash { get; }

    /// <summary>
    /// Narrows <c>"*"</c> to frames stored by a build whose name (<c>FlowInfo.Build</c>, <c>Shop 1.4.0.0 (6754b031)</c>)
    /// starts with this: <c>"Shop 1.4."</c> for every 1.4 build. <see langword="null"/> (the default) for any build.
    /// </summary>
    public string? FromBuild { get; set; }
}
