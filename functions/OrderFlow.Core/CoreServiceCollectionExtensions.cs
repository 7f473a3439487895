using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrderFlow.Core.Access;
using OrderFlow.Core.Email;
using OrderFlow.Core.Health;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.Core.Orders;
using OrderFlow.Core.People;
using OrderFlow.Core.Security;
using OrderFlow.Core.Surveys;
using OrderFlow.Core.Reporting;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Everything OrderFlow's business logic needs, whichever host runs it.</summary>
    public static IServiceCollection AddOrderFlowCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddUnresolvedReferenceCheck();
        services.AddOrderFlowStorage(configuration);
        services.AddSingleton<HealthProbe>();
        services.AddSingleton<PoisonQueueWatch>();
        services.AddEmail();
        services.AddOrders(configuration);
        services.AddInvoicing();
        services.AddSignedLinks();
        services.AddAccess();
        services.AddPeople();
        services.AddOneOnOnes();
        services.AddSurveys();
        services.AddReporting();
        return services;
    }
}
