using System.Text.Json.Nodes;

namespace OrderFlow.Tests.Infra;

/// <summary>What the compiled template must and must not contain for a deployment that uses no keys.</summary>
public class TemplateSecurityTests
{
    const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";
    const string Identity = "Microsoft.ManagedIdentity/userAssignedIdentities";

    [Theory]
    [InlineData("listKeys")]
    [InlineData("listAccountSas")]
    [InlineData("listServiceSas")]
    [InlineData("AccountKey")]
    [InlineData("SharedAccessSignature")]
    [InlineData("DefaultEndpointsProtocol")]
    [InlineData("UseDevelopmentStorage")]
    public async Task Template_Anywhere_HasNoStorageKeyOrKeyedConnectionString(string forbidden)
    {
        var template = await CompiledTemplate.GetAsync();

        Assert.DoesNotContain(forbidden, template.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StorageAccount_Properties_KeysOffTls12NoPublicBlobs()
    {
        var properties = (await CompiledTemplate.GetAsync()).Single("Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
    }

    [Fact]
    public async Task FunctionApp_Site_HttpsOnlyTls12FtpAndBasicPublishingOff()
    {
        var template = await CompiledTemplate.GetAsync();
        var site = template.Single("Microsoft.Web/sites")["properties"]!;
        var publishing = template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.True((bool)site["httpsOnly"]!);
        Assert.Equal("1.2", (string?)site["siteConfig"]!["minTlsVersion"]);
        Assert.Equal(2, publishing.Count);
        Assert.Contains(publishing, p => ((string)p["name"]!).EndsWith("'ftp')]", StringComparison.Ordinal));
        Assert.Contains(publishing, p => ((string)p["name"]!).EndsWith("'scm')]", StringComparison.Ordinal));
        Assert.All(publishing, p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Fact]
    public async Task FunctionApp_OnFlexConsumption_RunsDotnet10IsolatedAndDeploysWithItsIdentity()
    {
        var template = await CompiledTemplate.GetAsync();
        var plan = template.Single("Microsoft.Web/serverfarms");
        var config = template.Single("Microsoft.Web/sites")["properties"]!["functionAppConfig"]!;

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Equal("UserAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
    }

    [Fact]
    public async Task FunctionApp_Identity_IsUserAssignedAndReachesStorageAndSecretsWithIt()
    {
        var template = await CompiledTemplate.GetAsync();
        var site = template.Single("Microsoft.Web/sites");
        var settings = AppSettingsOf(template);

        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Contains(Identity, (string?)site["properties"]!["keyVaultReferenceIdentity"], StringComparison.Ordinal);
        Assert.Equal("managedidentity", (string?)settings["AzureWebJobsStorage__credential"]);
        Assert.Contains(Identity, (string?)settings["AzureWebJobsStorage__clientId"], StringComparison.Ordinal);
        Assert.EndsWith(".clientId]", (string?)settings["AzureWebJobsStorage__clientId"], StringComparison.Ordinal);
        Assert.All(["blob", "queue", "table"], service => Assert.Contains($"primaryEndpoints.{service}", (string?)settings[$"AzureWebJobsStorage__{service}ServiceUri"], StringComparison.Ordinal));
        Assert.False(settings.ContainsKey("AzureWebJobsStorage"));
    }

    [Theory]
    [InlineData(BlobDataOwner)]
    [InlineData(QueueDataContributor)]
    [InlineData(TableDataContributor)]
    public async Task StorageRole_ForTheAppIdentity_IsAssignedOnTheStorageAccount(string roleDefinitionId)
    {
        var template = await CompiledTemplate.GetAsync();

        var assignment = Assert.Single(RoleAssignments(template, roleDefinitionId));

        Assert.Contains("Microsoft.Storage/storageAccounts", (string?)assignment["scope"], StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
        Assert.Contains(Identity, (string?)assignment["properties"]!["principalId"], StringComparison.Ordinal);
        Assert.Equal(ModuleParameter(template, "identity", "name"), ModuleParameter(template, "storageAccess", "identityName"));
    }

    [Fact]
    public async Task Secrets_InAppSettings_AreKeyVaultReferencesTheIdentityMayRead()
    {
        var template = await CompiledTemplate.GetAsync();
        string[] secretEndings = ["Secret", "Password", "SigningKey", "AnswerKey", "NotesKey"];
        var secretSettings = AppSettingsOf(template).Where(s => secretEndings.Any(e => s.Key.EndsWith(e, StringComparison.Ordinal))).ToList();
        var (previous, current) = (secretSettings.Where(IsPrevious).ToList(), secretSettings.Where(s => !IsPrevious(s)).ToList());

        Assert.Equal(9, current.Count);
        Assert.All(current, s => Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri=", (string?)s.Value, StringComparison.Ordinal));
        // Set to the old secret's reference only while rotating.
        Assert.Equal(5, previous.Count);
        Assert.All(previous, s => Assert.Equal("", (string?)s.Value));
        Assert.Contains(Identity, (string?)Assert.Single(RoleAssignments(template, KeyVaultSecretsUser))["properties"]!["principalId"], StringComparison.Ordinal);
        Assert.Equal(ModuleParameter(template, "identity", "name"), ModuleParameter(template, "vault", "readerIdentityName"));
    }

    static bool IsPrevious(KeyValuePair<string, JsonNode?> setting) => setting.Key.Contains("__Previous", StringComparison.Ordinal);

    [Fact]
    public async Task FunctionApp_SiteConfig_OnlyWhatFlexConsumptionAccepts()
    {
        var siteConfig = (await CompiledTemplate.GetAsync()).Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!.AsObject();

        Assert.Equal(["minTlsVersion"], siteConfig.Select(setting => setting.Key));
    }

    [Fact]
    public async Task SecretsOfficer_ForWhoeverDeploys_TakesItsPrincipalTypeFromAParameter()
    {
        var template = await CompiledTemplate.GetAsync();
        var principalType = template.Json["parameters"]!["principalType"]!;

        var officer = Assert.Single(RoleAssignments(template, KeyVaultSecretsOfficer));

        Assert.Equal("[parameters('officerPrincipalType')]", (string?)officer["properties"]!["principalType"]);
        Assert.Equal("[parameters('principalType')]", ModuleParameter(template, "vault", "officerPrincipalType"));
        Assert.Equal("User", (string?)principalType["defaultValue"]);
        Assert.Equal(["Group", "ServicePrincipal", "User"], principalType["allowedValues"]!.AsArray().Select(v => (string)v!).Order(StringComparer.Ordinal));
    }

    internal static JsonObject AppSettingsOf(CompiledTemplate template) =>
        Assert.Single(template.OfType("Microsoft.Web/sites/config"), c => ((string)c["name"]!).Contains("'appsettings'", StringComparison.Ordinal))["properties"]!.AsObject();

    static IEnumerable<JsonObject> RoleAssignments(CompiledTemplate template, string roleDefinitionId) =>
        template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => ((string?)a["properties"]!["roleDefinitionId"])!.Contains($"'{roleDefinitionId}'", StringComparison.Ordinal));

    static string ModuleParameter(CompiledTemplate template, string module, string parameter) =>
        template.Json["resources"]![module]!["properties"]!["parameters"]![parameter]!["value"]!.ToString();
}
