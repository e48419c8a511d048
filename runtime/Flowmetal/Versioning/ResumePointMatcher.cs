namespace Flowmetal.Versioning;

/// <summary>
/// Finds, in a changed method, the suspension point a stored frame stopped at. Points are compared by key (callee,
/// string literal arguments, enclosing try blocks); when several points share the key, their ordinal decides, counted
/// between the nearest anchors around the point (keys that occur exactly once in both builds), so a call added
/// elsewhere does not shift it. When the count of same-key points between those anchors changed, which one the flow
/// waits at cannot be told: no match, never a guess.
/// </summary>
internal static class ResumePointMatcher
{
    /// <summary>The 0-based point of <paramref name="newKeys"/>, or null with <paramref name="why"/> saying why not.</summary>
    public static int? Match(IReadOnlyList<string> oldKeys, IReadOnlyList<string> newKeys, int point, out string why)
    {
        var key = oldKeys[point];
        if (!newKeys.Contains(key))
        {
            why = $"the method no longer has that call ({Display(oldKeys, point)}) in the same try blocks";
            return null;
        }

        bool IsAnchor(string k) => oldKeys.Count(o => o == k) == 1 && newKeys.Count(n => n == k) == 1;

        int oldStart = -1, oldEnd = oldKeys.Count;
        for (int i = point - 1; i >= 0; i--)
        {
            if (IsAnchor(oldKeys[i]))
            {
                oldStart = i;
                break;
            }
        }

        for (int i = point + 1; i < oldKeys.Count; i++)
        {
            if (IsAnchor(oldKeys[i]))
            {
                oldEnd = i;
                break;
            }
        }

        int newStart = oldStart < 0 ? -1 : IndexOf(newKeys, oldKeys[oldStart]);
        int newEnd = oldEnd >= oldKeys.Count ? newKeys.Count : IndexOf(newKeys, oldKeys[oldEnd]);
        if (newStart >= newEnd)
        {
            why = $"the calls around {Display(oldKeys, point)} were reordered";
            return null;
        }

        var oldSame = Enumerable.Range(oldStart + 1, oldEnd - oldStart - 1).Where(i => oldKeys[i] == key).ToList();
        var newSame = Enumerable.Range(newStart + 1, newEnd - newStart - 1).Where(i => newKeys[i] == key).ToList();
        if (oldSame.Count != newSame.Count)
        {
            why = $"the method now has {newSame.Count} such call(s) where it had {oldSame.Count} ({Display(oldKeys, point)}), " +
                "so which one the flow waits at cannot be told";
            return null;
        }

        why = string.Empty;
        return newSame[oldSame.IndexOf(point)];
    }

    /// <summary>The key with its ordinal among the method's points of that key: <c>Flowmetal.Flow::Checkpoint() #1</c>.</summary>
    public static string Display(IReadOnlyList<string> keys, int point) =>
        keys[point] + " #" + Enumerable.Range(0, point).Count(i => keys[i] == keys[point]);

    private static int IndexOf(IReadOnlyList<string> keys, string key)
    {
        for (int i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key)
            {
                return i;
            }
        }

        return -1;
    }
}
