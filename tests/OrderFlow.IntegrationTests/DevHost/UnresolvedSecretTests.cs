using Microsoft.Extensions.Options;
using OrderFlow.DevHost;
using OrderFlow.Functions;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.DevHost;

/// <summary>A secret that Azure could not fetch from Key Vault arrives as the reference's own text; the app must not start on it.</summary>
public class UnresolvedSecretTests
{
    const string Reference = "@Microsoft.KeyVault(SecretUri=https://kv-orderflow.vault.azure.net/secrets/some-secret)";

    [Theory]
    [InlineData("OrderFlow:Links:SigningKey")]
    [InlineData("OrderFlow:Webhooks:Shopify:Secret")]
    [InlineData("OrderFlow:Email:Smtp:Password")]
    [InlineData("DevHost:FinanceKey")]
    public async Task Start_SecretIsAnUnresolvedKeyVaultReference_RefusesNamingTheSetting(string setting)
    {
        var shared = await SharedServices.GetAsync();
        var names = TestNames.New();
        var settings = TestApp.Merge(TestApp.Settings(shared, names), [new("OrderFlow:Storage:Prefix", "T" + names.Suffix), new(setting, Reference)]);

        DevHostStarts.Record(nameof(UnresolvedSecretTests));
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var server = await DevHostServer.StartAsync(new DevHostStartOptions(typeof(OrderFlowFunctionServices).Assembly) { Settings = settings, PrintBanner = false });
        });

        Assert.Contains($"{setting} ({setting.Replace(":", "__", StringComparison.Ordinal)}) is an unresolved Key Vault reference", refused.Message, StringComparison.Ordinal);
    }
}
