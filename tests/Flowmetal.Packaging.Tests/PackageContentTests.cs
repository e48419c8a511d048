using System.IO.Compression;
using System.Xml.Linq;
using Flowmetal.Packaging.Tests.Infrastructure;

namespace Flowmetal.Packaging.Tests;

/// <summary>What is inside Flowmetal.nupkg, and what its metadata says.</summary>
[TestClass]
public sealed class PackageContentTests
{
    [TestMethod]
    public void ThePackageCarriesTheRuntimeTheWeaverWithItsSchemaAndTheBuildAssets()
    {
        using var package = ZipFile.OpenRead(Path.Combine(LocalPackage.Folder, $"Flowmetal.{LocalPackage.Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        string[] expected =
        {
            "lib/net10.0/Flowmetal.dll", "lib/net10.0/Flowmetal.pdb", "lib/net10.0/Flowmetal.xml",
            "weaver/Flowmetal.Fody.dll", "weaver/Flowmetal.Fody.xcf",
            "build/Flowmetal.props", "build/Flowmetal.targets", "build/FodyWeavers.starter.xml",
            "buildTransitive/Flowmetal.props", "buildTransitive/Flowmetal.targets", "buildTransitive/FodyWeavers.starter.xml",
            "README.md",
        };
        var missing = expected.Where(e => !entries.Contains(e)).ToList();
        Assert.AreEqual(0, missing.Count, "missing from the package: " + string.Join(", ", missing) + "\nit has: " + string.Join(", ", entries));
    }

    [TestMethod]
    public void TheMetadataNamesTheLicenseReadmeRepositoryAndBringsFodysBuildTargets()
    {
        using var package = ZipFile.OpenRead(Path.Combine(LocalPackage.Folder, $"Flowmetal.{LocalPackage.Version}.nupkg"));
        using var stream = package.GetEntry("Flowmetal.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        XElement Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name);

        Assert.AreEqual("Flowmetal", Value("id"));
        Assert.AreEqual(LocalPackage.Version, Value("version"));
        Assert.AreEqual("MIT", Value("license"));
        Assert.AreEqual("README.md", Value("readme"));
        StringAssert.Contains(Value("description"), "Durable execution");
        StringAssert.Contains(Value("tags"), "durable-execution");
        var repository = Element("repository");
        Assert.AreEqual("git", (string?)repository.Attribute("type"));
        StringAssert.StartsWith((string?)repository.Attribute("url"), "https://");
        StringAssert.Matches((string?)repository.Attribute("commit"), new System.Text.RegularExpressions.Regex("^[0-9a-f]{40}$"));

        // Fody's build assets must flow to the consumer: the default for a dependency excludes them.
        var fody = Element("dependencies").Descendants().Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "Fody");
        Assert.AreEqual("All", (string?)fody.Attribute("include"));
    }
}
