using Fody;

namespace Flowmetal.Weaver.UnitTests.Support;

/// <summary>Assertions on located weaver diagnostics.</summary>
internal static class DiagnosticAssert
{
    /// <summary>
    /// Exactly one diagnostic with <paramref name="id"/>; its text names every fragment, and it points at
    /// <paramref name="file"/>(<paramref name="line"/>) through its sequence point or its text.
    /// </summary>
    public static SequencePointMessage Single(IReadOnlyList<SequencePointMessage> messages, string id, string file, int line, params string[] fragments)
    {
        var matching = messages.Where(m => m.Text.StartsWith(id + ":", StringComparison.Ordinal)).ToList();
        Assert.AreEqual(1, matching.Count, $"expected one {id}, got:\n" + string.Join("\n", messages.Select(m => m.Text)));
        var message = matching[0];
        foreach (var fragment in fragments)
        {
            StringAssert.Contains(message.Text, fragment, $"{id} must name '{fragment}'");
        }

        bool bySequencePoint = message.SequencePoint is { } point &&
            Path.GetFileName(point.Document.Url) == file && point.StartLine == line;
        bool byText = message.Text.Contains($"{file}({line},", StringComparison.Ordinal);
        Assert.IsTrue(bySequencePoint || byText,
            $"{id} must point at {file}({line}); it says '{message.Text}' with sequence point " +
            (message.SequencePoint is { } p ? $"{Path.GetFileName(p.Document.Url)}({p.StartLine})" : "none"));
        return message;
    }
}
