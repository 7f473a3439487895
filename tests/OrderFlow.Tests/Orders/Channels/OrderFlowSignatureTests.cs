using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OrderFlow.Core.Orders.Channels;

namespace OrderFlow.Tests.Orders.Channels;

public class OrderFlowSignatureTests
{
    const string Secret = "orderflow-generic-secret";
    static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 15, 0, TimeSpan.Zero);
    static readonly OrderFlowSignature Signature = new(new FixedTimeProvider(Now));

    static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """{"externalId":"PO-1001","customer":{"name":"Jürgen Müller","email":"jm@example.com"},"shippingCost":"4,90 €"}""");

    /// <summary>The header a sender would write, computed here with the framework primitive directly.</summary>
    static string Header(long timestamp, byte[] body, string secret = Secret)
    {
        var t = timestamp.ToString(CultureInfo.InvariantCulture);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var signed = Encoding.UTF8.GetBytes(t + ".").Concat(body).ToArray();
        return $"t={t},v1={Convert.ToHexStringLower(hmac.ComputeHash(signed))}";
    }

    static long SecondsFromNow(int offset) => Now.ToUnixTimeSeconds() + offset;

    [Theory]
    [InlineData(0)]
    [InlineData(-300)]
    [InlineData(300)]
    public void Verify_WithinTolerance_Accepted(int offset) =>
        Assert.True(Signature.Verify(Body, Header(SecondsFromNow(offset), Body), Secret));

    [Fact]
    public void Verify_StaleBy301Seconds_Rejected() =>
        Assert.False(Signature.Verify(Body, Header(SecondsFromNow(-301), Body), Secret));

    [Fact]
    public void Verify_FutureBeyondTolerance_Rejected() =>
        Assert.False(Signature.Verify(Body, Header(SecondsFromNow(301), Body), Secret));

    [Fact]
    public void Verify_WrongSecret_Rejected() =>
        Assert.False(Signature.Verify(Body, Header(SecondsFromNow(0), Body, "another-secret"), Secret));

    [Fact]
    public void Verify_BodyWhitespaceChanged_Rejected()
    {
        var reformatted = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace(",", ", ", StringComparison.Ordinal));

        Assert.False(Signature.Verify(reformatted, Header(SecondsFromNow(0), Body), Secret));
    }

    [Fact]
    public void Verify_TimestampChangedAfterSigning_Rejected()
    {
        var header = Header(SecondsFromNow(0), Body).Replace(
            $"t={SecondsFromNow(0)}", $"t={SecondsFromNow(1)}", StringComparison.Ordinal);

        Assert.False(Signature.Verify(Body, header, Secret));
    }

    [Fact]
    public void Verify_MissingHeaderOrSecret_Rejected()
    {
        Assert.False(Signature.Verify(Body, null, Secret));
        Assert.False(Signature.Verify(Body, "", Secret));
        Assert.False(Signature.Verify(Body, Header(SecondsFromNow(0), Body), null));
    }

    [Fact]
    public void Verify_SpacesAndRotatedSecondSignature_Accepted()
    {
        var header = Header(SecondsFromNow(0), Body);
        var v1 = header[(header.IndexOf("v1=", StringComparison.Ordinal) + 3)..];

        Assert.True(Signature.Verify(Body, $"t={SecondsFromNow(0)}, v1={new string('0', 64)}, v1={v1}", Secret));
    }

    [Theory]
    [InlineData("v1=00")]
    [InlineData("t=abc,v1=00")]
    [InlineData("t=-5,v1=00")]
    [InlineData("t=99999999999999999999999,v1=00")]
    [InlineData("t=1772446500")]
    [InlineData("t=1772446500,v1=zz")]
    [InlineData("t=1772446500,t=1772446500,v1=00")]
    [InlineData(",,,=")]
    public void Verify_MalformedHeader_RejectedWithoutThrowing(string header) =>
        Assert.False(Signature.Verify(Body, header, Secret));

    [Fact]
    public void Verify_DuplicateTimestamp_RejectedEvenWithValidSignature()
    {
        var header = Header(SecondsFromNow(0), Body);

        Assert.False(Signature.Verify(Body, $"t={SecondsFromNow(0)}," + header, Secret));
    }
}
