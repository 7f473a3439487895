using OrderFlow.IntegrationTests.DevHost;

namespace OrderFlow.IntegrationTests.OneOnOnes;

/// <summary>The 1:1 tests' app: on a clock they move, so "the day before the meeting" comes when a test says.</summary>
public sealed class OneOnOneApp : ClockedProductApp;
