namespace OrderFlow.Core.Surveys;

/// <summary>
/// Section "OrderFlow:Surveys": the secret that seals answers while they wait to be released into the results
/// (Key Vault in Azure, generated into .orderflow/keys.json locally), and the one it replaced while rotating.
/// </summary>
public sealed class SurveyOptions
{
    public const string Section = "OrderFlow:Surveys";

    public string AnswerKey { get; set; } = "";

    public string? PreviousAnswerKey { get; set; }
}
