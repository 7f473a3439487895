using OrderFlow.IntegrationTests.DevHost;

namespace OrderFlow.IntegrationTests.OneOnOnes;

/// <summary>The product app on a clock the tests move, so "the day before the meeting" comes when a test says.</summary>
public sealed class OneOnOneApp : ClockedProductApp;
