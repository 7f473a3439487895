using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Microsoft.Extensions.Configuration;
using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>
/// The official OASIS UBL 2.1 schemas, unchanged, kept in the repository (tests/standards/ubl-2.1, with their
/// notice). The xmldsig schema they import has an internal DOCTYPE, hence DtdProcessing.Parse.
/// </summary>
static class UblSchemas
{
    static readonly Lazy<XmlSchemaSet> Invoice = new(() => Load("UBL-Invoice-2.1.xsd"));
    static readonly Lazy<XmlSchemaSet> CreditNote = new(() => Load("UBL-CreditNote-2.1.xsd"));

    /// <summary>The schemas kept in the repository under tests/standards/ubl-2.1/xsd.</summary>
    static string Folder =>
        Path.Combine(LocalState.Resolve(new ConfigurationBuilder().Build()).RepositoryRoot, "tests", "standards", "ubl-2.1", "xsd");

    /// <summary>Every schema validation error and warning of the document; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(XDocument document)
    {
        var schemas = document.Root!.Name.LocalName == "CreditNote" ? CreditNote.Value : Invoice.Value;
        var problems = new List<string>();
        document.Validate(schemas, (_, e) => problems.Add($"{e.Severity}: {e.Message}"));
        return problems;
    }

    static XmlSchemaSet Load(string mainDocument)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using var reader = XmlReader.Create(Path.Combine(Folder, "maindoc", mainDocument), settings);
        set.Add(null, reader);
        set.Compile();
        return set;
    }
}
