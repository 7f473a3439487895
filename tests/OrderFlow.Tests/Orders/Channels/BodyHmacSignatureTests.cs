using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OrderFlow.Core.Orders.Channels;

namespace OrderFlow.Tests.Orders.Channels;

public class BodyHmacSignatureTests
{
    const string Secret = "shpss_test-secret";
    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    // Non-ASCII on purpose: a signature over re-encoded text (or escaped JSON) would differ from the shop's.
    static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """{"id":5823741900123,"customer":{"last_name":"Müller"},"note":"Preis 24,50 €"}""");

    /// <summary>Computed here with the framework primitive directly, not through the code under test.</summary>
    static string Sign(byte[] body, string secret)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return Convert.ToBase64String(hmac.ComputeHash(body));
    }

    public static TheoryData<string> Schemes => new() { "shopify", "woocommerce" };

    static BodyHmacSignature Scheme(string name) =>
        name == "shopify" ? BodyHmacSignature.Shopify : BodyHmacSignature.WooCommerce;

    [Fact]
    public void HeaderName_EachChannel_IsTheChannelsHeader()
    {
        Assert.Equal("X-Shopify-Hmac-Sha256", BodyHmacSignature.Shopify.HeaderName);
        Assert.Equal("X-WC-Webhook-Signature", BodyHmacSignature.WooCommerce.HeaderName);
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Verify_SignatureOverRawBytes_Accepted(string scheme) =>
        Assert.True(Scheme(scheme).Verify(Body, Sign(Body, Secret), Secret));

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Verify_WrongSecret_Rejected(string scheme) =>
        Assert.False(Scheme(scheme).Verify(Body, Sign(Body, "another-secret"), Secret));

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Verify_BodyReserialised_Rejected(string scheme)
    {
        var signature = Sign(Body, Secret);
        using var document = JsonDocument.Parse(Body);
        var reserialised = JsonSerializer.SerializeToUtf8Bytes(document.RootElement, Indented);

        Assert.False(Scheme(scheme).Verify(reserialised, signature, Secret));
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Verify_MissingHeaderOrSecret_Rejected(string scheme)
    {
        Assert.False(Scheme(scheme).Verify(Body, null, Secret));
        Assert.False(Scheme(scheme).Verify(Body, "", Secret));
        Assert.False(Scheme(scheme).Verify(Body, Sign(Body, Secret), null));
        Assert.False(Scheme(scheme).Verify(Body, Sign(Body, ""), ""));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Verify_MalformedHeader_RejectedWithoutThrowing(string header) =>
        Assert.False(BodyHmacSignature.Shopify.Verify(Body, header, Secret));

    [Fact]
    public void Verify_OneByteOfBodyChanged_Rejected()
    {
        var tampered = (byte[])Body.Clone();
        tampered[^3] ^= 1;

        Assert.False(BodyHmacSignature.WooCommerce.Verify(tampered, Sign(Body, Secret), Secret));
    }
}
