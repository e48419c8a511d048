using Flowmetal.Weaver.UnitTests.Support;

namespace Flowmetal.Weaver.UnitTests;

/// <summary>
/// Under the package's MSBuild targets the weaver writes its diagnostics to
/// Flowmetal.diagnostics.tsv beside the assembly (the targets log them with their codes) instead
/// of through Fody, which has no place for a code.
/// </summary>
[TestClass]
public sealed class BuildDiagnosticsFileTests
{
    [TestMethod]
    public void WhenTheFileExistsDiagnosticsGoThereWithCodeFileLineAndColumn()
    {
        var directory = Directory.CreateTempSubdirectory("flowmetal-diagnostics-").FullName;
        try
        {
            var assembly = Path.Combine(directory, "Flowmetal.Fixtures.Refusals.dll");
            File.Copy(Weaving.FixturePath, assembly);
            File.Copy(Path.ChangeExtension(Weaving.FixturePath, ".pdb"), Path.ChangeExtension(assembly, ".pdb"));
            var file = Path.Combine(directory, "Flowmetal.diagnostics.tsv");
            File.WriteAllText(file, string.Empty);

            var result = Weaving.Weave("<Include>Flowmetal.Fixtures.Refusals.Refused.SuspendInLock</Include><Include>No.Such.*</Include>", assembly);

            Assert.AreEqual(0, result.Errors.Count + result.Warnings.Count, "nothing goes through Fody: " + Weaving.Describe(result));
            var lines = File.ReadAllLines(file).Select(line => line.Split('\t')).ToList();
            Assert.AreEqual(2, lines.Count, string.Join("\n", File.ReadAllLines(file)));
            Assert.IsTrue(lines.All(fields => fields.Length == 6), "severity, code, file, line, column, text");

            var warning = lines.Single(fields => fields[1] == "FL0002");
            Assert.AreEqual("warning", warning[0]);
            StringAssert.Contains(warning[5], "No.Such.*");

            var error = lines.Single(fields => fields[1] == "FL0102");
            Assert.AreEqual("error", error[0]);
            Assert.AreEqual("Locks.cs", Path.GetFileName(error[2]));
            Assert.AreEqual(FixtureSource.LineOf("Refused/Locks.cs", "FL0102 lock").ToString(System.Globalization.CultureInfo.InvariantCulture), error[3]);
            Assert.IsTrue(int.Parse(error[4], System.Globalization.CultureInfo.InvariantCulture) > 0, "a column");
            StringAssert.Contains(error[5], "move the suspension out of the lock");
            Assert.IsFalse(error[5].StartsWith("FL0102", StringComparison.Ordinal), "the code is a field of its own, not part of the text");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [TestMethod]
    public void WithoutTheFileDiagnosticsGoThroughFody()
    {
        var result = Weaving.Weave("<Include>Flowmetal.Fixtures.Refusals.Refused.SuspendInLock</Include>");

        Assert.AreEqual(1, result.Errors.Count, Weaving.Describe(result));
        StringAssert.StartsWith(result.Errors[0].Text, "FL0102: ");
    }
}
