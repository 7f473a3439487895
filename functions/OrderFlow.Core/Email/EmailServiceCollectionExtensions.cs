using Microsoft.Extensions.DependencyInjection;

namespace OrderFlow.Core.Email;

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>()
            .BindConfiguration(EmailOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Smtp.Host), "OrderFlow:Email:Smtp:Host is required.")
            .ValidateOnStart();
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<EmailOutbox>();
        return services;
    }
}
