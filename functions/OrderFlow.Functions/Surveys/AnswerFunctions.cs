using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Surveys;

/// <summary>The page behind an emailed survey link. The signed token is the only credential, so no key is asked for.</summary>
public sealed class AnswerFunctions(SurveyAnswering answering)
{
    [Function("ShowSurveyForm")]
    [Description("The survey answer page for a personal link.")]
    public async Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "s/{token}")] HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var result = await answering.OpenAsync(token, cancellationToken);
        return result is { State: AnswerState.Open, Context: { } context } ? AnswerPage.Form(context) : Page(result);
    }

    [Function("SubmitSurveyAnswers")]
    [Description("Stores the answers of a personal link once: form fields (or JSON) named by question ID.")]
    public async Task<IResult> SubmitAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "s/{token}")] HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var json = request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true;
        var fields = json ? await JsonFieldsAsync(request, cancellationToken) : await FormFieldsAsync(request, cancellationToken);
        if (fields is null)
        {
            return json ? Problems.Field("$", "A JSON object of answers by question ID is required.") : Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Send the form (application/x-www-form-urlencoded) or JSON.");
        }
        var result = await answering.SubmitAsync(token, fields, cancellationToken);
        return result switch
        {
            { State: AnswerState.Invalid, Context: { } context } => json ? Problems.Validation(result.Errors!) : AnswerPage.Form(context, result.Errors, fields),
            _ => Page(result),
        };
    }

    static HtmlPage Page(AnswerResult result) => result.State switch
    {
        AnswerState.Stored => AnswerPage.Thanks(result.Context!.Survey),
        AnswerState.AlreadyAnswered => AnswerPage.AlreadyAnswered(),
        AnswerState.Closed => AnswerPage.Closed(),
        _ => AnswerPage.NotFound(),
    };

    static async Task<Dictionary<string, string?>?> FormFieldsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }
        var form = await request.ReadFormAsync(cancellationToken);
        return form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.Ordinal);
    }

    static async Task<Dictionary<string, string?>?> JsonFieldsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var raw = await JsonBody.RawAsync(request, cancellationToken);
            var values = raw is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(raw);
            return values?.ToDictionary(v => v.Key, v => v.Value.ValueKind == JsonValueKind.String ? v.Value.GetString() : v.Value.GetRawText(), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
