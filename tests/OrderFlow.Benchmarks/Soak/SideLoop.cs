namespace OrderFlow.Benchmarks.Soak;

/// <summary>Runs one kind of side traffic (survey rounds, finance pulls) again and again until the load is over.</summary>
static class SideLoop
{
    static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(5);

    /// <summary>A request that gets no answer is logged as failed and the loop goes on, as a person would try again.</summary>
    public static async Task RunAsync(SoakLog log, string what, Func<Task> once, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await once();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Azure.RequestFailedException)
            {
                log.Failed($"{what}: {ex.Message}");
                // Pause so a host that does not answer is not asked in a tight loop; WhenAny ends quietly on stop.
                await Task.WhenAny(Task.Delay(PauseAfterFailure, stop));
            }
        }
    }
}
