using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Surveys;

/// <summary>The product app with a signing key the tests know, so they can forge links the way an attacker would try.</summary>
public sealed class SurveyApp : ProductApp
{
    public const string SigningKey = "survey-tests-signing-key-0123456789abcdef";

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        [new("OrderFlow:Links:SigningKey", SigningKey)];

    public T Service<T>()
        where T : notnull => Server.Services.GetRequiredService<T>();

    public async Task<TableClient> TableAsync(string name)
    {
        var shared = await SharedServices.GetAsync();
        return new TableServiceClient(shared.StorageConnection).GetTableClient($"T{Names.Suffix}{name}");
    }
}
