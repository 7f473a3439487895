using Microsoft.Extensions.DependencyInjection;

namespace OrderFlow.Core.OneOnOnes;

public static class OneOnOnesServiceCollectionExtensions
{
    public static IServiceCollection AddOneOnOnes(this IServiceCollection services)
    {
        services.AddSingleton<SeriesStore>();
        services.AddSingleton<AgendaStore>();
        services.AddSingleton<PrivateNotes>();
        services.AddSingleton<ReminderLedger>();
        services.AddSingleton<ParticipantLookup>();
        services.AddSingleton<InviteEmails>();
        services.AddSingleton<MeetingLinks>();
        services.AddSingleton<OneOnOneService>();
        services.AddSingleton<ReminderDispatch>();
        services.AddSingleton<MeetingRoom>();
        return services;
    }
}
