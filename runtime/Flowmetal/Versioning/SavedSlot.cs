using Flowmetal.Execution;

namespace Flowmetal.Versioning;

/// <summary>
/// One value a frame saves at one resume point, as the weaver described it (<c>&lt;&gt;l3_total=local:total</c>): its
/// field and what it is in the source. <see cref="Name"/> is how upgraders and errors name it: the local's or
/// argument's name, <c>this</c>, <c>stack:0</c> (a value spilled from the evaluation stack), or <c>anon:0</c> (a local
/// the compiler made, numbered among those of the point).
/// </summary>
internal sealed record SavedSlot(string Field, SlotRole Role, string Name)
{
    /// <summary>Parses one point's <c>field=role;...</c> list.</summary>
    public static List<SavedSlot> Parse(string slots)
    {
        var parsed = new List<SavedSlot>();
        int anonymous = 0;
        foreach (var item in slots.Split(WovenContract.SlotRoles.Separator, StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = item.LastIndexOf(WovenContract.SlotRoles.Assign);
            var field = equals < 0 ? item : item.Substring(0, equals);
            var role = equals < 0 ? WovenContract.SlotRoles.Anonymous : item.Substring(equals + 1);
            parsed.Add(role switch
            {
                WovenContract.SlotRoles.This => new SavedSlot(field, SlotRole.This, "this"),
                WovenContract.SlotRoles.Anonymous => new SavedSlot(field, SlotRole.Anonymous, "anon:" + anonymous++),
                _ when role.StartsWith(WovenContract.SlotRoles.LocalPrefix, StringComparison.Ordinal) =>
                    new SavedSlot(field, SlotRole.Local, role.Substring(WovenContract.SlotRoles.LocalPrefix.Length)),
                _ when role.StartsWith(WovenContract.SlotRoles.ArgumentPrefix, StringComparison.Ordinal) =>
                    new SavedSlot(field, SlotRole.Argument, role.Substring(WovenContract.SlotRoles.ArgumentPrefix.Length)),
                _ => new SavedSlot(field, SlotRole.Stack, role),
            });
        }

        return parsed;
    }

    /// <summary><c>local 'total'</c>, <c>argument 'id'</c>, <c>'this'</c>, <c>the value on the evaluation stack stack:0</c>.</summary>
    public string Describe() => Role switch
    {
        SlotRole.Local => $"local '{Name}'",
        SlotRole.Argument => $"argument '{Name}'",
        SlotRole.This => "'this'",
        SlotRole.Stack => $"the value on the evaluation stack {Name} (a value computed before the call, in the same expression)",
        _ => $"the compiler-generated local {Name}",
    };
}

/// <summary>What a saved value is in the source.</summary>
internal enum SlotRole
{
    Local,
    Argument,
    This,
    Stack,
    Anonymous,
}
