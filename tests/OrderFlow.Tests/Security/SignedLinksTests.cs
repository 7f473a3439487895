using Microsoft.Extensions.Options;
using OrderFlow.Core.Security;
using OrderFlow.Tests.Orders.Channels;

namespace OrderFlow.Tests.Security;

public class SignedLinksTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    static readonly LinkClaims Survey = new("survey", ["s-1", "r-1", "inv-1"], Now.AddDays(7));

    static SignedLinks Links(DateTimeOffset now, string key = "k3y-of-at-least-thirty-two-characters!") =>
        new(Options.Create(new LinkOptions { SigningKey = key, PublicBaseUrl = "https://orderflow.example/" }), new FixedTimeProvider(now));

    [Fact]
    public void Verify_IssuedToken_ValidWithSameClaims()
    {
        var token = Links(Now).Issue(Survey);

        var check = Links(Now).Verify(token, "survey");

        Assert.Equal(LinkStatus.Valid, check.Status);
        Assert.Equal(Survey.Ids, check.Claims!.Ids);
        Assert.Equal(Survey.ExpiresAt, check.Claims.ExpiresAt);
    }

    [Fact]
    public void Issue_SameClaimsTwice_SameToken()
    {
        Assert.Equal(Links(Now).Issue(Survey), Links(Now.AddHours(3)).Issue(Survey));
    }

    [Fact]
    public void Verify_PayloadTampered_Invalid()
    {
        var token = Links(Now).Issue(Survey);
        var forged = Links(Now).Issue(Survey with { Ids = ["s-1", "r-1", "inv-2"] });
        var tampered = forged.Split('.')[0] + "." + token.Split('.')[1];

        Assert.Equal(LinkStatus.Invalid, Links(Now).Verify(tampered, "survey").Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(-1)]
    public void Verify_OneCharacterChanged_Invalid(int position)
    {
        var token = Links(Now).Issue(Survey);
        var at = position < 0 ? token.Length - 1 : position;
        var changed = token[..at] + (token[at] == 'A' ? 'B' : 'A') + token[(at + 1)..];

        Assert.Equal(LinkStatus.Invalid, Links(Now).Verify(changed, "survey").Status);
    }

    [Fact]
    public void Verify_SignedWithAnotherKey_Invalid()
    {
        var token = Links(Now, "another-key-that-is-also-32-characters-long").Issue(Survey);

        Assert.Equal(LinkStatus.Invalid, Links(Now).Verify(token, "survey").Status);
    }

    [Fact]
    public void Verify_AfterExpiry_Expired()
    {
        var token = Links(Now).Issue(Survey);

        Assert.Equal(LinkStatus.Valid, Links(Survey.ExpiresAt.AddSeconds(-1)).Verify(token, "survey").Status);
        Assert.Equal(LinkStatus.Expired, Links(Survey.ExpiresAt).Verify(token, "survey").Status);
    }

    [Fact]
    public void Verify_SurveyTokenForOneOnOne_Invalid()
    {
        var token = Links(Now).Issue(Survey);

        var check = Links(Now).Verify(token, "one-on-one");

        Assert.Equal(LinkStatus.Invalid, check.Status);
        Assert.Null(check.Claims);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    [InlineData("e30.e30")]
    public void Verify_Garbage_Invalid(string token)
    {
        Assert.Equal(LinkStatus.Invalid, Links(Now).Verify(token, "survey").Status);
    }

    [Fact]
    public void UrlFor_BaseWithSlash_OneSlashBetweenParts()
    {
        Assert.Equal("https://orderflow.example/api/s/abc.def", Links(Now).UrlFor("api/s", "abc.def").ToString());
    }

    [Fact]
    public void Hash_Token_Sha256HexNotTheToken()
    {
        var token = Links(Now).Issue(Survey);

        var hash = SignedLinks.Hash(token);

        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain(token, hash, StringComparison.Ordinal);
        Assert.Equal(hash, SignedLinks.Hash(token));
    }
}
