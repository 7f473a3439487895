using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Invoicing.Ubl;

namespace OrderFlow.Core.Invoicing;

public static class InvoicingServiceCollectionExtensions
{
    /// <summary>The finance side of invoicing: the list, the e-invoice writer and the seller it names.</summary>
    public static IServiceCollection AddInvoicing(this IServiceCollection services)
    {
        services.AddOptions<SellerOptions>().BindConfiguration(SellerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InvoiceList>();
        services.AddSingleton<UblWriter>();
        services.AddSingleton<InvoiceBilling>();
        return services;
    }
}
