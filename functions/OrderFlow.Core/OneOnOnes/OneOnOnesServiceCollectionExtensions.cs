using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Security;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.OneOnOnes;

public static class OneOnOnesServiceCollectionExtensions
{
    public static IServiceCollection AddOneOnOnes(this IServiceCollection services)
    {
        services.AddOptions<OneOnOneOptions>()
            .BindConfiguration(OneOnOneOptions.Section)
            .Validate(o => o.NotesKey.Length >= SealedBox.MinSecretLength, $"{OneOnOneOptions.Section}:NotesKey ({SealedBox.MinSecretLength}+ characters of secret) is required.")
            .ValidateOnStart();
        services.AddSingleton<SeriesStore>();
        services.AddSingleton<AgendaStore>();
        services.AddSingleton(provider => new PrivateNotes(
            provider.GetRequiredService<TableServiceClient>(), provider.GetRequiredService<StorageNames>(), NotesBox(provider)));
        services.AddSingleton<ReminderLedger>();
        services.AddSingleton<ParticipantLookup>();
        services.AddSingleton<InviteEmails>();
        services.AddSingleton<MeetingLinks>();
        services.AddSingleton<OneOnOneService>();
        services.AddSingleton<ManagerOneOnOnes>();
        services.AddSingleton<ReminderDispatch>();
        services.AddSingleton<MeetingRoom>();
        return services;
    }

    static SealedBox NotesBox(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<OneOnOneOptions>>().Value;
        return new SealedBox("private-notes", options.NotesKey, options.PreviousNotesKey);
    }
}
