using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Security;

namespace OrderFlow.Core.Surveys;

public static class SurveysServiceCollectionExtensions
{
    public const string AnswerKeySetting = "OrderFlow:Surveys:AnswerKey";

    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddSingleton<SurveyStore>();
        services.AddSingleton<RoundStore>();
        // Seals answers while they are held (Key Vault in Azure, generated into .orderflow/keys.json locally).
        services.AddSealingKeys(AnswerKeySetting);
        services.AddSingleton<AnswerStore>();
        services.AddSingleton(provider => new HeldAnswers(provider.SealedBoxFor(AnswerKeySetting, "survey-answers")));
        services.AddSingleton<AnswerRelease>();
        services.AddSingleton<EnpsResultsStore>();
        services.AddSingleton<InvitationFanOut>();
        services.AddSingleton<SurveyLinks>();
        services.AddSingleton<RoundOpener>();
        services.AddSingleton<RoundDispatcher>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<InvitationSender>(provider, provider.SealedBoxFor(AnswerKeySetting, "survey-emails")));
        services.AddSingleton<EnpsPublisher>();
        services.AddSingleton<RoundTimers>();
        services.AddSingleton<SurveyAnswering>();
        services.AddSingleton<QuestionResults>();
        return services;
    }
}
