using System.Security.Cryptography;
using System.Text;
using OrderFlow.Core.Security;

namespace OrderFlow.Tests.Security;

public class SealedBoxTests
{
    const string Secret = "current-secret-0123456789abcdef-0123";
    const string OldSecret = "previous-secret-0123456789abcdef-012";

    [Fact]
    public void Open_SealedHere_GivesThePlaintextBackAndTheSealedValueHidesIt()
    {
        var box = new SealedBox("notes", Secret, null);

        var sealedValue = box.Seal("Talk about the move"u8, "row-1");

        Assert.Equal("Talk about the move", Encoding.UTF8.GetString(box.Open(sealedValue, "row-1")));
        Assert.Equal(-1, sealedValue.AsSpan().IndexOf("Talk"u8));
    }

    [Fact]
    public void Open_AnotherRowPurposeOrSecret_Refused()
    {
        var sealedValue = new SealedBox("notes", Secret, null).Seal("private"u8, "row-1");

        Assert.ThrowsAny<CryptographicException>(() => new SealedBox("notes", Secret, null).Open(sealedValue, "row-2"));
        Assert.ThrowsAny<CryptographicException>(() => new SealedBox("answers", Secret, null).Open(sealedValue, "row-1"));
        Assert.ThrowsAny<CryptographicException>(() => new SealedBox("notes", OldSecret, null).Open(sealedValue, "row-1"));
    }

    [Fact]
    public void Open_SealedUnderThePreviousSecretWhileRotating_Opens()
    {
        var sealedBefore = new SealedBox("notes", OldSecret, null).Seal("kept"u8, "row-1");

        var rotated = new SealedBox("notes", Secret, OldSecret);

        Assert.Equal("kept"u8.ToArray(), rotated.Open(sealedBefore, "row-1"));
    }

    [Fact]
    public void Open_OneByteChanged_Refused()
    {
        var box = new SealedBox("notes", Secret, null);
        var sealedValue = box.Seal("private"u8, "row-1");
        sealedValue[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => box.Open(sealedValue, "row-1"));
    }
}
