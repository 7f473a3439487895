using Microsoft.Extensions.DependencyInjection;

namespace OrderFlow.Core.Surveys;

public static class SurveysServiceCollectionExtensions
{
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddSingleton<SurveyStore>();
        services.AddSingleton<RoundStore>();
        services.AddSingleton<AnswerStore>();
        services.AddSingleton<EnpsResultsStore>();
        services.AddSingleton<InvitationFanOut>();
        services.AddSingleton<SurveyLinks>();
        services.AddSingleton<RoundOpener>();
        services.AddSingleton<RoundDispatcher>();
        services.AddSingleton<InvitationSender>();
        services.AddSingleton<EnpsPublisher>();
        services.AddSingleton<RoundTimers>();
        services.AddSingleton<SurveyAnswering>();
        services.AddSingleton<QuestionResults>();
        return services;
    }
}
