using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>Records with `with` expressions and init-only properties (pending: weaver crash on init setters).</summary>
public static class InitOnlyCases
{
    [Case]
    public static string Records()
    {
        var p = new Person("Ada", 36) { Tags = { "math" } };
        var older = p with { Age = p.Age + 1 };
        var c = new Coord(1, 2);
        var stamp = new Stamp(new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc), Guid.Parse("11111111-2222-3333-4444-555555555555"));
        Flow.Checkpoint();
        older.Tags.Add("after");
        c = c with { Lon = Flow.WaitForSignal<double>("lon") };
        var same = p with { };
        Flow.Checkpoint();
        return string.Join("|", p.Name, p.Age, older.Age, string.Join("+", p.Tags), ReferenceEquals(p.Tags, older.Tags), p == same, c, stamp.Id, Ticks(stamp.At));
    }

    [Case]
    public static string AutoPropertiesAndInitOnly()
    {
        var box = new Settings { Name = "x", Level = 2 };
        Flow.Checkpoint();
        box.Level += box.Bump();
        var copy = box with { Name = "y" };
        Flow.Checkpoint();
        return box.Name + box.Level + copy.Name + copy.Level;
    }

    public sealed record Settings
    {
        public required string Name { get; init; }

        public int Level { get; set; }

        public int Bump()
        {
            Flow.Checkpoint();
            return Level * 10;
        }
    }

    private static string Ticks(DateTime d) => d.Ticks + d.Kind.ToString();
}
