using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Invoicing;
using OrderFlow.IntegrationTests.OneOnOnes;
using OrderFlow.IntegrationTests.Reporting;
using OrderFlow.IntegrationTests.Surveys;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// Test classes that need an app with the same settings share one DevHost: a collection fixture, started once for
/// the collection. Its classes run one after another, and each test keeps to data of its own (its own SKUs,
/// customers, order and delivery IDs, recipients), so no test sees another's. Two collections of the same app are
/// two DevHosts, so that their tests run side by side. A class that needs settings of its own, counts everything an
/// app holds, or kills its host keeps a fixture of its own.
/// </summary>
public static class SharedApps
{
    public const string OrderFlows = "product app: order flows";
    public const string OrderChannels = "product app: channels, emails, people";
    public const string ManualFulfilment = "manual fulfilment app";
    public const string Surveys = "survey app";
    public const string OneOnOnes = "one-to-one app";
    public const string Clocked = "clocked product app";
    public const string Reporting = "reporting app";
    public const string Finance = "finance app";
    public const string DemoData = "demo-seeded app";
    public const string TestFunctions = "test functions app";
}

[CollectionDefinition(SharedApps.OrderFlows)]
public sealed class OrderFlowsHost : ICollectionFixture<ProductApp>;

[CollectionDefinition(SharedApps.OrderChannels)]
public sealed class OrderChannelsHost : ICollectionFixture<ProductApp>;

[CollectionDefinition(SharedApps.ManualFulfilment)]
public sealed class ManualFulfilmentHost : ICollectionFixture<ManualProductApp>;

[CollectionDefinition(SharedApps.Surveys)]
public sealed class SurveysHost : ICollectionFixture<SurveyApp>;

[CollectionDefinition(SharedApps.OneOnOnes)]
public sealed class OneOnOnesHost : ICollectionFixture<OneOnOneApp>;

[CollectionDefinition(SharedApps.Clocked)]
public sealed class ClockedHost : ICollectionFixture<ClockedProductApp>;

[CollectionDefinition(SharedApps.Reporting)]
public sealed class ReportingHost : ICollectionFixture<ReportingApp>;

[CollectionDefinition(SharedApps.Finance)]
public sealed class FinanceHost : ICollectionFixture<FinanceApp>;

[CollectionDefinition(SharedApps.DemoData)]
public sealed class DemoDataHost : ICollectionFixture<DemoSeededProductApp>;

[CollectionDefinition(SharedApps.TestFunctions)]
public sealed class TestFunctionsHost : ICollectionFixture<TestApp>;
