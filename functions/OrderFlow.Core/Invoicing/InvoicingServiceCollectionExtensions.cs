using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Invoicing.Ubl;

namespace OrderFlow.Core.Invoicing;

public static class InvoicingServiceCollectionExtensions
{
    /// <summary>The finance side of invoicing: the list, the e-invoice writer, the seller it names, aging and reminders.</summary>
    public static IServiceCollection AddInvoicing(this IServiceCollection services)
    {
        services.AddOptions<SellerOptions>().BindConfiguration(SellerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InvoiceList>();
        services.AddSingleton<UblWriter>();
        services.AddSingleton<InvoiceBilling>();
        services.AddOptions<PaymentReminderOptions>()
            .BindConfiguration(PaymentReminderOptions.Section)
            .Validate(o => o.IsValid, $"{PaymentReminderOptions.Section}: {ReminderSchedule.Rule}")
            .ValidateOnStart();
        services.AddSingleton<ReceivablesAging>();
        services.AddSingleton<PaymentReminders>();
        return services;
    }
}
