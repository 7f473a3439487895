using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Functions.Health;

namespace OrderFlow.Tests.Functions;

public class PoisonQueueWatchFunctionTests
{
    [Fact]
    public void QueueSettings_NameEveryQueueAFunctionReads()
    {
        var triggered = typeof(PoisonQueueWatchFunction).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttribute<QueueTriggerAttribute>()?.QueueName)
            .OfType<string>()
            .Select(name => name.Trim('%'))
            .ToHashSet();

        Assert.Equal(triggered.Order(), PoisonQueueWatchFunction.QueueSettings.Order());
    }
}
