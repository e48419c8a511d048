using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Schema;
using Flowmetal.Packaging.Tests.Infrastructure;

namespace Flowmetal.Packaging.Tests;

/// <summary>
/// What the package's MSBuild assets do in a consumer's build: weaver diagnostics as
/// <c>file(line,col): error FLxxxx</c>, a starter FodyWeavers.xml, the generated schema, and
/// weaving only when something changed.
/// </summary>
[TestClass]
public sealed class BuildIntegrationTests
{
    [TestMethod]
    public void APatternMatchingNothingWarnsAndASuspensionInALockFailsTheBuildAtItsLine()
    {
        var project = NewProjectWithPackage("Refused");
        File.WriteAllText(Path.Combine(project, "FodyWeavers.xml"), """
            <Weavers>
              <Flowmetal>
                <Include>Refused.Work.*</Include>
                <Include>Refused.Typo.*</Include>
              </Flowmetal>
            </Weavers>
            """);
        File.WriteAllText(Path.Combine(project, "Locked.cs"), """
            namespace Refused.Work;
            public static class Locked
            {
                private static readonly object Gate = new();
                public static void Run()
                {
                    lock (Gate)
                    {
                        Flowmetal.Flow.Checkpoint();
                    }
                }
            }
            """);

        var (exitCode, output) = DotnetCli.RunAllowingFailure(project, "build");

        Assert.AreNotEqual(0, exitCode, "the build must fail:\n" + output);
        var weavers = Path.Combine(project, "FodyWeavers.xml");
        var warning = Regex.Match(output, Regex.Escape(weavers) + @"\((\d+),(\d+)\): warning FL0002: .*Refused\.Typo\.\*");
        Assert.IsTrue(warning.Success, "FL0002 is reported against FodyWeavers.xml:\n" + output);

        // Fody adds the schema reference to FodyWeavers.xml while building: read the file as it is now.
        var line = File.ReadAllLines(weavers)[int.Parse(warning.Groups[1].Value) - 1];
        Assert.AreEqual("Refused.Typo.*", line.Substring(int.Parse(warning.Groups[2].Value) - 1, "Refused.Typo.*".Length), "the warning points at the pattern");
        var locked = Regex.Escape(Path.Combine(project, "Locked.cs"));
        StringAssert.Matches(output, new Regex(locked + @"\(9,13\): error FL0102: .*move the suspension out of the lock"), "the error points at the call");

        // Without recompiling, the next build reports the same again; NoWarn silences the warning.
        var (again, quiet) = DotnetCli.RunAllowingFailure(project, "build -p:NoWarn=FL0002");
        Assert.AreNotEqual(0, again, "an unchanged project still fails:\n" + quiet);
        StringAssert.Matches(quiet, new Regex(locked + @"\(9,13\): error FL0102: "));
        StringAssert.DoesNotMatch(quiet, new Regex("warning FL0002"));
    }

    [TestMethod]
    public void AProjectWithoutFodyWeaversXmlGetsACommentedStarterThatWeavesNothingAndValidatesAgainstTheSchema()
    {
        var project = NewProjectWithPackage("Starter");
        var weavers = Path.Combine(project, "FodyWeavers.xml");
        Assert.IsFalse(File.Exists(weavers));

        var output = DotnetCli.Run(project, "build");

        StringAssert.Contains(output, "weaves nothing yet");
        var starter = File.ReadAllText(weavers);
        StringAssert.Contains(starter, "<Include>MyApp.Flows.*</Include>", "the starter shows how to include, in a comment");
        var document = new XmlDocument();
        document.LoadXml(starter);
        var flowmetal = document.DocumentElement!.SelectSingleNode("Flowmetal");
        Assert.IsNotNull(flowmetal, "the starter has a <Flowmetal> entry");
        Assert.IsFalse(flowmetal.HasChildNodes, "the starter includes nothing");

        // Fody merged the package's .xcf into FodyWeavers.xsd: a full configuration validates.
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(project, "FodyWeavers.xsd"));
        var full = new XmlDocument { Schemas = schemas };
        full.LoadXml("""
            <Weavers>
              <Flowmetal>
                <Include>Starter.Flows.*</Include>
                <Exclude>Starter.Flows.Debug</Exclude>
                <Retry Method="Starter.Payments::Charge" Attempts="5" Backoff="00:00:01" On="System.TimeoutException" />
              </Flowmetal>
            </Weavers>
            """);
        full.Validate(null);
        var wrong = new XmlDocument { Schemas = schemas };
        wrong.LoadXml("<Weavers><Flowmetal><Includes>Starter.*</Includes></Flowmetal></Weavers>");
        Assert.ThrowsExactly<XmlSchemaValidationException>(() => wrong.Validate(null), "a misspelt element is caught by the schema");
    }

    [TestMethod]
    public void AFodyWeaversXmlWithoutAFlowmetalEntryGetsOneAndKeepsWhatItHad()
    {
        var project = NewProjectWithPackage("OtherWeavers");
        var weavers = Path.Combine(project, "FodyWeavers.xml");
        File.WriteAllText(weavers, "<Weavers>\n  <!-- the team's own notes -->\n</Weavers>\n");

        var output = DotnetCli.Run(project, "build");

        StringAssert.Contains(output, "added a <Flowmetal /> entry");
        StringAssert.DoesNotMatch(output, new Regex("No configuration entry found"), "Fody does not skip the weaver");
        var document = new XmlDocument();
        document.Load(weavers);
        Assert.IsNotNull(document.DocumentElement!.SelectSingleNode("Flowmetal"));
        StringAssert.Contains(File.ReadAllText(weavers), "<!-- the team's own notes -->");
    }

    [TestMethod]
    public void ANoChangeRebuildDoesNotReweaveButAConfigChangeDoes()
    {
        var project = NewProjectWithPackage("Incremental");

        // With the schema reference Fody would otherwise add (and so touch the file) on the first build.
        const string SchemaReference = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"FodyWeavers.xsd\"";
        File.WriteAllText(Path.Combine(project, "FodyWeavers.xml"), $"<Weavers {SchemaReference}><Flowmetal><Include>Incremental.Flows.*</Include></Flowmetal></Weavers>");
        File.WriteAllText(Path.Combine(project, "Steps.cs"), """
            namespace Incremental.Flows;
            public static class Steps
            {
                public static int Run() { Flowmetal.Flow.Checkpoint(); return 1; }
            }
            """);
        var woven = Path.Combine(project, "obj", "Debug", "net10.0", "Incremental.dll");

        var first = DotnetCli.Run(project, "build -v:n");
        StringAssert.Contains(first, "wove 1 suspendable method(s)");
        var wovenAt = File.GetLastWriteTimeUtc(woven);

        var second = DotnetCli.Run(project, "build -v:n");
        StringAssert.DoesNotMatch(second, new Regex("wove \\d+ suspendable"), "nothing changed: no weaving");
        Assert.AreEqual(wovenAt, File.GetLastWriteTimeUtc(woven), "the woven assembly was left as it was");

        File.WriteAllText(Path.Combine(project, "FodyWeavers.xml"), $"<Weavers {SchemaReference}><Flowmetal><Include>Incremental.*</Include></Flowmetal></Weavers>");
        var third = DotnetCli.Run(project, "build -v:n");
        StringAssert.Contains(third, "wove 1 suspendable method(s)", "a configuration change weaves again");
    }

    private static string NewProjectWithPackage(string name)
    {
        var project = LocalPackage.NewConsoleProject(name);
        DotnetCli.Run(project, $"add package Flowmetal --version {LocalPackage.Version}");
        return project;
    }
}
