using FsCheck;
using FsCheck.Xunit;

namespace OrderFlow.Tests.GeneratedInputs;

/// <summary>
/// The parsers on generated inputs, a few hundred each (the benchmark's "fuzz N" runs thousands). A failure prints
/// the shrunk input and FsCheck's Replay seed: put it in <c>[Property(Replay = "…")]</c> to run that case again.
/// </summary>
public class GeneratedInputTests
{
    const int Cases = 300;

    [Property(MaxTest = Cases)]
    public Property ShopifyWebhook_AnyBodyAndHeaders_AcceptedOrProblemNamingAField() => ChannelProperties.ShopifyWebhook();

    [Property(MaxTest = Cases)]
    public Property WooCommerceWebhook_AnyBodyAndHeaders_AcceptedOrProblemNamingAField() => ChannelProperties.WooCommerceWebhook();

    [Property(MaxTest = Cases)]
    public Property CanonicalOrderBody_AnyBody_AcceptedOrProblemNamingAField() => ChannelProperties.CanonicalOrderBody();

    [Property(MaxTest = Cases)]
    public Property GenericSignature_SignedHeaderOrOneCharacterChangedOrAnyText_VerifiesOnlyWhenSignedAndFresh() => ChannelProperties.GenericSignatureHeader();

    [Property(MaxTest = Cases)]
    public Property Money_AnyAmount_WrittenTextReadsBackTheSame() => MoneyProperties.FormatParseRoundTrip();

    [Property(MaxTest = Cases)]
    public Property Money_AnyText_RefusedOrReadExactly() => MoneyProperties.ParseAnyText();

    [Property(MaxTest = Cases)]
    public Property Money_AnyAmounts_AddSubtractAndMultiplyExactly() => MoneyProperties.Arithmetic();

    [Property(MaxTest = Cases)]
    public Property SignedLink_IssuedOrOneCharacterChanged_OnlyTheIssuedTokenVerifies() => LinkProperties.IssuedTokens();

    [Property(MaxTest = Cases)]
    public Property SignedLink_AnyText_Invalid() => LinkProperties.AnyText();

    [Property(MaxTest = Cases)]
    public Property EmployeeCsv_WellFormedInAnyLayout_ReadsExactlyItsEmployees() => PeopleProperties.WellFormedFiles();

    [Property(MaxTest = Cases)]
    public Property EmployeeCsv_AnyBytes_ReadOrRefusedNamingTheRowAndColumn() => PeopleProperties.AnyFile();

    [Property(MaxTest = Cases)]
    public Property SurveyAnswerForm_AnyFields_ValidAnswersOrProblemsNamingTheQuestion() => AnswerFormProperties.AnyForm();
}
