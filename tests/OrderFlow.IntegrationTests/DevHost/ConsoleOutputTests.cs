using System.Text.Json;
using System.Text.RegularExpressions;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Orders;

namespace OrderFlow.IntegrationTests.DevHost;

/// <summary>What a person (or, with the JSON setting, a tool) reads on DevHost's console while an order runs.</summary>
public partial class ConsoleOutputTests
{
    static readonly TimeSpan OrderTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Console_OneOrderThroughAuto_ShowsTheAppsEventsOnReadableLinesWithoutFrameworkInformation()
    {
        var (output, orderId) = await RunOneOrderAsync(new());

        var entries = output.Where(line => EntryStart().IsMatch(line)).ToList();
        Assert.DoesNotContain(output, line => line.TrimStart().StartsWith('{'));
        Assert.DoesNotContain(output, line => line.Contains("Request starting", StringComparison.Ordinal)
            || line.Contains("Executing endpoint", StringComparison.Ordinal) || line.Contains(" info  Microsoft.", StringComparison.Ordinal));
        Assert.Single(entries, line => line.EndsWith($" info  Order {orderId} received from api", StringComparison.Ordinal));
        Assert.Single(entries, line => line.EndsWith($" info  Order {orderId} completed", StringComparison.Ordinal));
        Assert.Contains(entries, line => line.EndsWith($" info  Email order/{orderId}/confirmed sent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Console_JsonFormatSetting_WritesOneJsonObjectPerLine()
    {
        var (output, orderId) = await RunOneOrderAsync(new() { ["DevHost:Logging:Format"] = "json" });

        var messages = output.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("Message").GetString()).ToList();
        Assert.Contains($"Order {orderId} received from api", messages);
        Assert.Contains($"Order {orderId} completed", messages);
    }

    /// <summary>Runs one order to its end and its confirmation email out; answers DevHost's standard output by then.</summary>
    static async Task<(IReadOnlyList<string> Output, string OrderId)> RunOneOrderAsync(Dictionary<string, string?> extraSettings)
    {
        var names = TestNames.New();
        var settings = DevHostProcess.ProductSettings(await SharedServices.GetAsync(), names, storagePrefix: "L");
        foreach (var (key, value) in extraSettings)
        {
            settings[key] = value;
        }
        using var host = await DevHostProcess.StartAsync(settings, productApp: true);
        using var http = host.CreateClient();
        var customer = $"c-log-{names.Suffix}";
        await OrderApi.SeedProductAsync(http, "LOG-1");
        await OrderApi.SeedCustomerAsync(http, customer);
        var orderId = await OrderApi.PostAsync(http, OrderApi.Order("PO-LOG-1", customer, "LOG-1", quantity: 1));
        await OrderApi.WaitForStatusAsync(http, orderId, OrderTimeout, "Completed");
        await MailCatcher.WaitForAsync($"{customer}@example.test", 1);
        // The console is written in the background, and the outbox sends an order's emails in any order: wait for
        // the order's completion and its confirmation to reach it.
        await Eventually.WaitForAsync(
            () => Task.FromResult(host.Output.ToList()),
            lines => lines.Any(line => line.Contains($"Order {orderId} completed", StringComparison.Ordinal))
                && lines.Any(line => line.Contains($"Email order/{orderId}/confirmed sent", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30),
            "the order's completion and confirmation email on DevHost's console");
        return ([.. host.Output], orderId);
    }

    [GeneratedRegex(@"^\d\d:\d\d:\d\d (trce|dbug|info|warn|fail|crit)  ")]
    private static partial Regex EntryStart();
}
