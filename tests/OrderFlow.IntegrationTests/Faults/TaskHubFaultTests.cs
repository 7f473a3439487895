using System.Net;
using System.Net.Http.Json;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.IntegrationTests.Orders;
using Xunit.Abstractions;

namespace OrderFlow.IntegrationTests.Faults;

/// <summary>
/// The task hub's storage (its queues, tables and leases; the app's own stay up) throttles or fails while orders wait
/// for decisions or run their steps. A request that needs the task hub answers 503 with Retry-After, never a 500, and
/// is done when repeated once storage is back; an activity call the engine lost in the outage is made again by the
/// stuck-step sweep (here every 5 s, after 20 s unanswered). Every order ends, every invariant holds.
/// </summary>
[Collection(Name)]
public class TaskHubFaultTests(ITestOutputHelper output)
{
    /// <summary>The scenarios run one after the other (each starts a DevHost process) beside the rest of the suite.</summary>
    public const string Name = "task hub faults";

    /// <summary>
    /// How long each phase may last at most; it ends once its request was refused, which takes the task hub's storage
    /// client's own retries first (about 25 s).
    /// </summary>
    static readonly TimeSpan Phase = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task TaskHubServerBusyThenFailing_ApproveAndCancel503UntilStorageIsBack_IntakeAcceptedAndEveryOrderEnds()
    {
        await using var scenario = await StartAsync();
        await scenario.PostAsync(1, paid: false);
        await scenario.PostAsync(2, paid: false);
        var (approved, cancelled) = (scenario.Accepted[0], scenario.Accepted[1]);
        await OrderApi.WaitForEachAsync(scenario.Http, [approved, cancelled], TimeSpan.FromMinutes(1), "OnHold");

        _ = scenario.Faults.OutageAsync(TaskHubs(scenario), HttpStatusCode.ServiceUnavailable, Phase);
        var intake = scenario.PostAsync(3);
        await RefusedAsync(scenario, () => Decide(scenario, approved, "approve"));
        _ = scenario.Faults.OutageAsync(TaskHubs(scenario), HttpStatusCode.InternalServerError, Phase);
        await RefusedAsync(scenario, () => Decide(scenario, cancelled, "cancel"));
        scenario.Faults.EndOutage();

        var repeats = await RepeatedUntilAcceptedAsync(() => Decide(scenario, approved, "approve"))
            + await RepeatedUntilAcceptedAsync(() => Decide(scenario, cancelled, "cancel"));
        await intake;

        // Approved, the unpaid order still waits for its payment to complete.
        (await scenario.Http.PostAsJsonAsync($"api/orders/{approved}/payments", new { reference = "paid-after-approval" })).EnsureSuccessStatusCode();

        var took = await InvariantsHoldAsync(scenario);
        Assert.Equal("Completed", (await OrderApi.WaitForStatusAsync(scenario.Http, approved, "Completed")).GetProperty("status").GetString());
        Assert.Equal("Cancelled", (await OrderApi.WaitForStatusAsync(scenario.Http, cancelled, "Cancelled")).GetProperty("status").GetString());
        output.WriteLine($"{took.TotalSeconds:0} s; {scenario.Faults.Failed} task hub calls failed; {repeats} repeats refused after the outage; "
            + $"intake refused {string.Join(", ", scenario.Refusals.Select(r => $"{r.Value}× {r.Key}"))}; {Nudges(scenario)} steps made again");
    }

    [Fact]
    public async Task ActivityResultsFailingInAnOutage_AStrandedStepIsMadeAgain_OrderCompletes()
    {
        await using var scenario = await StartAsync();
        await scenario.PostAsync(1, paid: false);
        var order = scenario.Accepted[0];
        await OrderApi.WaitForStatusAsync(scenario.Http, order, "OnHold");
        Assert.Equal(HttpStatusCode.Accepted, (await Decide(scenario, order, "approve")).StatusCode);

        // From the first activity result the worker sends back (a message to a control queue) for as long as it can
        // neither send it nor hand the activity back (its work item's visibility), each tried through the storage
        // client's retries: the provider then keeps the activity as in progress and refuses its message from then on.
        // Most runs strand a call so (4 of 5 so far); in the others the provider's own retries got through in time.
        await scenario.Faults.OutageFromFirstAsync(
            call => call.IsTaskHubs(scenario.Names.TaskHub)
                && ((call.Method == "POST" && call.Resource.Contains("-control-", StringComparison.OrdinalIgnoreCase))
                    || (call.Method is "PUT" or "DELETE" && call.Resource.EndsWith("-workitems", StringComparison.OrdinalIgnoreCase))),
            HttpStatusCode.InternalServerError, TimeSpan.FromSeconds(70));
        (await scenario.Http.PostAsJsonAsync($"api/orders/{order}/payments", new { reference = "paid-after-approval" })).EnsureSuccessStatusCode();

        var took = await InvariantsHoldAsync(scenario);
        Assert.Equal("Completed", (await OrderApi.WaitForStatusAsync(scenario.Http, order, "Completed")).GetProperty("status").GetString());
        output.WriteLine($"{took.TotalSeconds:0} s; {scenario.Faults.Failed} task hub calls failed; {Nudges(scenario)} steps made again");
    }

    /// <summary>Unpaid orders over the customer's credit limit wait OnHold for a decision; a paid one goes straight on.</summary>
    static async Task<FaultScenario> StartAsync()
    {
        var scenario = await FaultScenario.StartAsync(settings =>
        {
            settings[StuckStepSweep.ScheduleSetting] = "*/5 * * * * *";
            settings[$"{StuckStepOptions.Section}:After"] = "00:00:20";
        });
        (await scenario.Http.PutAsJsonAsync($"api/customers/{scenario.Customer}", new
        {
            name = "Ada Buyer", email = scenario.CustomerEmail, creditLimit = new { currency = "EUR", amount = "10.00" },
        })).EnsureSuccessStatusCode();
        return scenario;
    }

    /// <summary>Checks the invariants; the sweep's log lines go to the test's output either way (a failure's why).</summary>
    async Task<TimeSpan> InvariantsHoldAsync(FaultScenario scenario)
    {
        try
        {
            return await scenario.AssertInvariantsAsync();
        }
        finally
        {
            foreach (var line in scenario.Host.Output.Where(line => line.Contains("Order workflow", StringComparison.Ordinal)))
            {
                output.WriteLine(line);
            }
        }
    }

    /// <summary>The sweep's warnings in the host's log: activity calls lost by the engine and made again.</summary>
    static int Nudges(FaultScenario scenario) => scenario.Host.Output.Count(line => line.Contains("made again", StringComparison.Ordinal));

    static Func<StorageCall, bool> TaskHubs(FaultScenario scenario) => call => call.IsTaskHubs(scenario.Names.TaskHub);

    static Task<HttpResponseMessage> Decide(FaultScenario scenario, string orderId, string action) =>
        scenario.Http.PostAsJsonAsync($"api/orders/{orderId}/{action}", new { reason = "storage fault test" });

    /// <summary>A request made while the task hub's storage is away: a 503 to repeat (the host's log says what came).</summary>
    async Task RefusedAsync(FaultScenario scenario, Func<Task<HttpResponseMessage>> send)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var answer = await send();
        var body = await answer.Content.ReadAsStringAsync();
        output.WriteLine($"refused after {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(answer.StatusCode == HttpStatusCode.ServiceUnavailable,
            $"{(int)answer.StatusCode} after {clock.Elapsed.TotalSeconds:0.0} s {body}\n" + string.Join("\n", scenario.Host.Output.Where(l => l.Contains("Exception", StringComparison.Ordinal)).TakeLast(6)));
        FaultScenario.AssertRetryLater(answer, body);
    }

    /// <summary>Repeats as a caller told Retry-After would, until accepted; answers how many tries were refused first.</summary>
    static async Task<int> RepeatedUntilAcceptedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        for (var refused = 0; ; refused++)
        {
            using var answer = await send();
            var body = await answer.Content.ReadAsStringAsync();
            if (answer.StatusCode == HttpStatusCode.Accepted)
            {
                return refused;
            }
            FaultScenario.AssertRetryLater(answer, body);
            Assert.True(DateTime.UtcNow < deadline, $"still refused a minute after storage came back: {body}");
            await Task.Delay(answer.Headers.RetryAfter!.Delta!.Value);
        }
    }
}
