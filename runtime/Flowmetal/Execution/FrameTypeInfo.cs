using System.Runtime.CompilerServices;

namespace Flowmetal.Execution;

/// <summary>
/// The <see cref="WovenFrameAttribute"/> of a frame type, looked up once per type: reading custom
/// attributes costs microseconds, and every capture, save and resume needs it for each frame.
/// Weakly keyed, so frame types of unloaded assemblies are not kept alive.
/// </summary>
internal static class FrameTypeInfo
{
    private static readonly ConditionalWeakTable<Type, StrongBox<WovenFrameAttribute?>> Cache = new();

    public static WovenFrameAttribute? Of(Type frameType) =>
        Cache.GetValue(frameType, static type => new StrongBox<WovenFrameAttribute?>(
            (WovenFrameAttribute?)Attribute.GetCustomAttribute(
                type.IsGenericType ? type.GetGenericTypeDefinition() : type, typeof(WovenFrameAttribute)))).Value;
}
