using MailKit.Net.Smtp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OrderFlow.Core.Email;

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>()
            .BindConfiguration(EmailOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Smtp.Host), "OrderFlow:Email:Smtp:Host is required.")
            .Validate(o => string.IsNullOrEmpty(o.Smtp.UserName) || o.Smtp.Security != SmtpSecurity.None, "OrderFlow:Email:Smtp:Security must be StartTls or SslOnConnect when logging in: a password never goes out in plain text.")
            .ValidateOnStart();
        services.TryAddSingleton<SmtpClientFactory>(() => new SmtpClient());
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<OutboxMessageCodec>();
        services.AddSingleton<EmailOutbox>();
        return services;
    }
}
