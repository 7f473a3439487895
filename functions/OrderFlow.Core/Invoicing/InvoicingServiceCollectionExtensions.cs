using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Email;
using OrderFlow.Core.Invoicing.Pdf;
using OrderFlow.Core.Invoicing.Ubl;

namespace OrderFlow.Core.Invoicing;

public static class InvoicingServiceCollectionExtensions
{
    /// <summary>The finance side of invoicing: the list, the e-invoice and PDF writers and the seller they name, the documents emails carry, aging and reminders.</summary>
    public static IServiceCollection AddInvoicing(this IServiceCollection services)
    {
        services.AddOptions<SellerOptions>().BindConfiguration(SellerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InvoiceList>();
        services.AddSingleton<UblWriter>();
        services.AddSingleton<InvoicePdf>();
        services.AddSingleton<InvoiceBilling>();
        services.AddSingleton<IEmailAttachments, InvoiceAttachments>();
        services.AddOptions<PaymentReminderOptions>()
            .BindConfiguration(PaymentReminderOptions.Section)
            .Validate(o => o.IsValid, $"{PaymentReminderOptions.Section}: {ReminderSchedule.Rule}")
            .ValidateOnStart();
        services.AddSingleton<ReceivablesAging>();
        services.AddSingleton<PaymentReminders>();
        return services;
    }
}
