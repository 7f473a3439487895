using OrderFlow.Core.Email;
using OrderFlow.Functions;

namespace OrderFlow.Tests.Infra;

/// <summary>infra/app/appsettings.bicep sets exactly the settings the app's code reads, found from the code.</summary>
public class AppSettingsParityTests
{
    [Fact]
    public async Task AppSettings_ComparedWithTheCode_NameTheSameSettings()
    {
        var code = AppCode();
        // DevHost:* settings configure the local runtime only; the platform sets WEBSITE_* itself (WEBSITE_AUTH_ENABLED
        // when built-in authentication is on): setting one by hand would make the app trust what the platform did not check.
        var codeNames = code.Names
            .Where(name => !name.StartsWith("DevHost:", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("WEBSITE_", StringComparison.OrdinalIgnoreCase))
            .ToList();
        // The Functions host reads these, not the app.
        string[] hostSettings = ["AzureWebJobsDisableHomepage"];
        var bicep = TemplateSecurityTests.AppSettingsOf(await CompiledTemplate.GetAsync())
            .Select(s => s.Key.Replace("__", ":", StringComparison.Ordinal))
            .Except(hostSettings)
            .ToList();

        var notSet = codeNames.Where(name => !bicep.Any(b => Covers(b, name))).ToList();
        var notRead = bicep.Where(b => !codeNames.Any(name => Covers(b, name))).ToList();

        Assert.Empty(code.Problems);
        Assert.True(notSet.Count == 0 && notRead.Count == 0,
            $"The code reads settings infra/app/appsettings.bicep does not set (add a line each, ':' written '__'): [{string.Join(", ", notSet)}]. " +
            $"appsettings.bicep sets settings no code reads: [{string.Join(", ", notRead)}].");
    }

    [Fact]
    public void Discover_TheApp_FindsItsKnownSettings()
    {
        var code = AppCode();

        Assert.Superset(
            new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "AzureWebJobsStorage", "EmailOutboxQueue", "OrderIntakeQueue", "OrderFlow:Storage:Prefix", "OrderFlow:Email:Smtp:Host",
                "OrderFlow:Email:Smtp:Password", "OrderFlow:Webhooks:Shopify:Secret", "OrderFlow:Fulfilment:Mode", "OrderFlow:Approval:Thresholds",
            },
            new HashSet<string>(code.Names, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Discover_NewOptionsTriggerConstantAndRead_AreAllFound()
    {
        var source = new SourceFile("Sample.cs", """
            services.AddOptions<SampleSellerOptions>()
                .BindConfiguration(SampleSellerOptions.Section);
            var baseUrl = configuration["OrderFlow:SampleBaseUrl"];
            var queue = configuration[SampleSettingNames.QueueSetting];
            """);

        var found = CodeSettings.Discover([typeof(SampleSellerOptions), typeof(SampleAddress), typeof(SampleSurveyFunctions), typeof(SampleSettingNames)], [source]);

        // Settable properties and collections, nested objects walked; not the computed IsComplete, not Website (read from its own setting).

        Assert.Empty(found.Problems);
        Assert.Equal(
            ["OrderFlow:SampleBaseUrl", "OrderFlow:SampleSeller:Address:City", "OrderFlow:SampleSeller:Address:Line1", "OrderFlow:SampleSeller:Name",
             "OrderFlow:SampleSeller:TaxIds", "OrderFlow:SampleWebsite", "SampleDigestQueue", "SampleInvitationsQueue", "SampleSchedule"],
            found.Names);
    }

    [Fact]
    public void Discover_ReadWithAComputedKey_IsReportedAsAProblem()
    {
        var found = CodeSettings.Discover([], [new SourceFile("Sample.cs", "var value = configuration[prefix + \":Name\"];")]);

        Assert.Contains("Sample.cs: 'configuration[prefix + \":Name\"]'", Assert.Single(found.Problems), StringComparison.Ordinal);
    }

    static SettingsFound AppCode()
    {
        var types = typeof(EmailOptions).Assembly.GetTypes().Concat(typeof(OrderFlowFunctionServices).Assembly.GetTypes()).ToList();
        var sources = new[] { "OrderFlow.Core", "OrderFlow.Functions" }
            .SelectMany(project => Directory.EnumerateFiles(RepositoryFiles.PathOf("functions", project), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(file => new SourceFile(Path.GetRelativePath(RepositoryFiles.Root, file), File.ReadAllText(file)))
            .ToList();
        return CodeSettings.Discover(types, sources);
    }

    /// <summary>A Bicep setting covers a code setting by name, or by a key under it (a map entry, an identity-based connection).</summary>
    static bool Covers(string bicepName, string codeName) =>
        bicepName.Equals(codeName, StringComparison.OrdinalIgnoreCase) || bicepName.StartsWith(codeName + ":", StringComparison.OrdinalIgnoreCase);
}
