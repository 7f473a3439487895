using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Security;

namespace OrderFlow.Tests.Security;

public class KeyedIdsTests
{
    internal static KeyedIds Ids(string key = "k3y-of-at-least-thirty-two-characters!") =>
        new(Options.Create(new LinkOptions { SigningKey = key, PublicBaseUrl = "https://orderflow.example/" }));

    [Fact]
    public void For_SameKeyAndParts_SameId()
    {
        Assert.Equal(Ids().For("invitation", "r-1", "e-1"), Ids().For("invitation", "r-1", "e-1"));
    }

    [Fact]
    public void For_AnotherKeyKindOrPart_AnotherId()
    {
        var id = Ids().For("invitation", "r-1", "e-1");

        Assert.NotEqual(id, Ids("another-key-of-at-least-thirty-two-chars").For("invitation", "r-1", "e-1"));
        Assert.NotEqual(id, Ids().For("one-on-one", "r-1", "e-1"));
        Assert.NotEqual(id, Ids().For("invitation", "r-1", "e-2"));
        Assert.NotEqual(id, Ids().For("invitation", "r-1\ne-1"));
    }

    [Fact]
    public void For_Id_IsNeitherAnUnkeyedHashNorTheSigningKeysOwnHmac()
    {
        const string key = "k3y-of-at-least-thirty-two-characters!";
        var parts = Encoding.UTF8.GetBytes("10:invitation3:r-13:e-1");

        var id = Ids(key).For("invitation", "r-1", "e-1");

        Assert.Equal(24, id.Length);
        Assert.DoesNotContain(id, Convert.ToHexStringLower(SHA256.HashData(parts)), StringComparison.Ordinal);
        Assert.DoesNotContain(id, Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), parts)), StringComparison.Ordinal);
    }
}
