using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Security;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Pages;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Surveys;

/// <summary>The page behind an emailed survey link. The signed token is the only credential, so no key is asked for.</summary>
public sealed class AnswerFunctions(SurveyAnswering answering, SurveyLinks links)
{
    const int MaxBodyBytes = 64 * 1024;

    [Function("ShowSurveyForm")]
    [Description("The survey answer page for a personal link.")]
    public async Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/s/{token}")] HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var result = await answering.OpenAsync(token, cancellationToken);
        return result is { State: AnswerState.Open, Context: { } context } ? AnswerPage.Form(context) : Page(result);
    }

    [Function("SubmitSurveyAnswers")]
    [Description("Stores the answers of a personal link once: form fields (or JSON) named by question ID, at most 64 KiB.")]
    public async Task<IResult> SubmitAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/s/{token}")] HttpRequest request, string token, CancellationToken cancellationToken)
    {
        // Anyone may post here: a link we did not sign gets its answer before a byte of the body is read.
        if (links.Read(token).Status == LinkStatus.Invalid)
        {
            return AnswerPage.NotFound();
        }
        var json = IsType(request, "application/json");
        if (!json && !IsType(request, "application/x-www-form-urlencoded"))
        {
            return Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Send the form (application/x-www-form-urlencoded) or JSON.");
        }
        if (await JsonBody.RawAsync(request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return Problems.Status(StatusCodes.Status413PayloadTooLarge, $"The answers are over {MaxBodyBytes / 1024} KiB.");
        }
        var fields = json ? JsonFields(body) : FormFields.Parse(body)?.Joined();
        if (fields is null)
        {
            return Problems.Field("$", json ? "A JSON object of answers by question ID is required." : $"The form could not be read: at most {FormReader.DefaultValueCountLimit} fields.");
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

    static bool IsType(HttpRequest request, string mediaType) =>
        request.ContentType?.StartsWith(mediaType, StringComparison.OrdinalIgnoreCase) == true;


    static Dictionary<string, string?>? JsonFields(byte[] body)
    {
        try
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body);
            return values?.ToDictionary(v => v.Key, v => v.Value.ValueKind == JsonValueKind.String ? v.Value.GetString() : v.Value.GetRawText(), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
