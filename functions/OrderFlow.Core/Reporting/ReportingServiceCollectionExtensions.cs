using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Orders;

namespace OrderFlow.Core.Reporting;

public static class ReportingServiceCollectionExtensions
{
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddSingleton<OrderFactTable>();
        services.AddSingleton<KpiDayTable>();
        services.AddSingleton<OrderKpiRecorder>();
        services.AddSingleton<IOrderObserver>(provider => provider.GetRequiredService<OrderKpiRecorder>());
        services.AddSingleton<OrderReports>();
        services.AddSingleton<Dashboard.IDashboardSectionSource, Dashboard.OrderDashboardSection>();
        services.AddSingleton<Dashboard.IDashboardSectionSource, Surveys.EnpsDashboardSection>();
        services.AddSingleton<Dashboard.DashboardPage>();
        return services;
    }
}
