using FsCheck;

namespace OrderFlow.Tests.GeneratedInputs;

/// <summary>Every parser's property by name: CI runs each a few hundred times, the benchmark's "fuzz N" N times.</summary>
public static class ParserProperties
{
    public static readonly IReadOnlyList<(string Name, Func<Property> Property)> All =
    [
        ("shopify webhook", ChannelProperties.ShopifyWebhook),
        ("woocommerce webhook", ChannelProperties.WooCommerceWebhook),
        ("canonical order body", ChannelProperties.CanonicalOrderBody),
        ("generic signature header", ChannelProperties.GenericSignatureHeader),
        ("money format/parse round trip", MoneyProperties.FormatParseRoundTrip),
        ("money from any text", MoneyProperties.ParseAnyText),
        ("money arithmetic", MoneyProperties.Arithmetic),
        ("signed links, one character changed", LinkProperties.IssuedTokens),
        ("signed links, any text", LinkProperties.AnyText),
        ("employee csv, well-formed", PeopleProperties.WellFormedFiles),
        ("employee csv, any bytes", PeopleProperties.AnyFile),
        ("survey answer forms", AnswerFormProperties.AnyForm),
    ];
}
