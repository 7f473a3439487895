using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Security;

namespace OrderFlow.Core.Surveys;

public static class SurveysServiceCollectionExtensions
{

    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddSingleton<SurveyStore>();
        services.AddSingleton<SurveyEditing>();
        services.AddSingleton<RoundStore>();
        services.AddOptions<SurveyOptions>()
            .BindConfiguration(SurveyOptions.Section)
            .Validate(o => o.AnswerKey.Length >= SealedBox.MinSecretLength, $"{SurveyOptions.Section}:AnswerKey ({SealedBox.MinSecretLength}+ characters of secret) is required.")
            .ValidateOnStart();
        services.AddSingleton<AnswerStore>();
        services.AddSingleton(provider => new HeldAnswers(AnswerBox(provider, "survey-answers")));
        services.AddSingleton<AnswerRelease>();
        services.AddSingleton<EnpsResultsStore>();
        services.AddSingleton<InvitationFanOut>();
        services.AddSingleton<SurveyLinks>();
        services.AddSingleton<RoundOpener>();
        services.AddSingleton<RoundDispatcher>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<InvitationSender>(provider, AnswerBox(provider, "survey-emails")));
        services.AddSingleton<EnpsPublisher>();
        services.AddSingleton<RoundTimers>();
        services.AddSingleton<SurveyAnswering>();
        services.AddSingleton<QuestionResults>();
        return services;
    }

    static SealedBox AnswerBox(IServiceProvider provider, string purpose)
    {
        var options = provider.GetRequiredService<IOptions<SurveyOptions>>().Value;
        return new SealedBox(purpose, options.AnswerKey, options.PreviousAnswerKey);
    }
}
