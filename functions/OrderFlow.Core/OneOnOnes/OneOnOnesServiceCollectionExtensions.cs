using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Security;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.OneOnOnes;

public static class OneOnOnesServiceCollectionExtensions
{
    public const string NotesKeySetting = "OrderFlow:OneOnOnes:NotesKey";

    public static IServiceCollection AddOneOnOnes(this IServiceCollection services)
    {
        // Seals private notes (Key Vault in Azure, generated into .orderflow/keys.json locally).
        services.AddSealingKeys(NotesKeySetting);
        services.AddSingleton<SeriesStore>();
        services.AddSingleton<AgendaStore>();
        services.AddSingleton(provider => new PrivateNotes(
            provider.GetRequiredService<TableServiceClient>(), provider.GetRequiredService<StorageNames>(), provider.SealedBoxFor(NotesKeySetting, "private-notes")));
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
