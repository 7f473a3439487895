using OrderFlow.Core.Common;

namespace OrderFlow.Tests.Common;

public class TextFieldTests
{
    [Theory]
    [InlineData("Zoë Ångström-Łukasiewicz")]
    [InlineData("李美 Mei 👩‍🔬")]
    [InlineData("")]
    public void IsSingleLine_PrintableTextWithinTheLimit_True(string text) => Assert.True(TextField.IsSingleLine(text, 200));

    [Theory]
    [InlineData("Ada\u0001")]
    [InlineData("Ada\u0000Lovelace")]
    [InlineData("Ada\nLovelace")]
    [InlineData("\tAda")]
    [InlineData("Ada\u007F")]
    [InlineData("Ada\u0085")]
    [InlineData("Ada\u009F")]
    [InlineData("Ada\uFFFF")]
    public void IsSingleLine_ControlCharacterOrWhatXmlRefuses_False(string text) => Assert.False(TextField.IsSingleLine(text, 200));

    [Fact]
    public void IsSingleLine_LoneSurrogate_False()
    {
        // Built here: test data in attributes would turn a lone surrogate into U+FFFD.
        Assert.False(TextField.IsSingleLine("Ada" + (char)0xD800, 200));
        Assert.False(TextField.IsSingleLine((char)0xDC00 + "Ada", 200));
        Assert.False(TextField.IsSingleLine("A" + (char)0xD800 + "da", 200));
    }

    [Fact]
    public void IsSingleLine_OneOverTheLimit_False()
    {
        Assert.True(TextField.IsSingleLine(new string('a', TextField.Name), TextField.Name));
        Assert.False(TextField.IsSingleLine(new string('a', TextField.Name + 1), TextField.Name));
    }

    [Fact]
    public void Check_MissingText_NoError()
    {
        var errors = new FieldErrors();

        Assert.True(TextField.Check(null, TextField.City, "shippingAddress.city", errors));
        Assert.True(errors.IsEmpty);
    }
}
