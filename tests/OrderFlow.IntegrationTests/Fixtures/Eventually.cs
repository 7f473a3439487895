namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>Waits for an outcome instead of sleeping: polls until the condition holds or the time is up.</summary>
static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = await probe();
        while (!done(last))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}; last value: {last}");
            }
            await Task.Delay(200);
            last = await probe();
        }
        return last;
    }
}
