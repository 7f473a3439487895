using System.Reflection;
using DurableTask.Core;
using Microsoft.Extensions.Logging.Abstractions;
using OrderFlow.DevHost.Durable;
using OrderFlow.DevHost.Http;

namespace OrderFlow.Tests.DevHost;

public class LocalOrchestrationServiceStopTests
{
    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task Stop_AsTheDurableExtensionStopsTheWorker_ForcedUnlessGracefulShutdownIsSet(bool useGracefulShutdown, bool forced)
    {
        var provider = StopRecorder.Create();
        var service = new LocalOrchestrationService(
            provider, useGracefulShutdown, new HttpBurst(new BurstOptions(), TimeProvider.System), NullLogger<LocalOrchestrationService>.Instance);

        await service.StartAsync();
        await service.StopAsync();

        Assert.Equal([forced], ((StopRecorder)provider).Stops);
    }

    /// <summary>A provider that starts and stops at once and records whether each stop was forced.</summary>
    public class StopRecorder : DispatchProxy
    {
        public List<bool> Stops { get; } = [];

        public static IOrchestrationService Create() => Create<IOrchestrationService, StopRecorder>();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(IOrchestrationService.StopAsync))
            {
                Stops.Add(args is [true]);
            }
            return targetMethod.ReturnType == typeof(Task) ? Task.CompletedTask : throw new NotSupportedException(targetMethod.Name);
        }
    }
}
