using OrderFlow.Core.Common;
using OrderFlow.Core.Products;

namespace OrderFlow.Tests.Products;

/// <summary>A product's name becomes the description on invoice rows and in UBL, so it must fit one.</summary>
public class ProductInputTests
{
    static IDictionary<string, string[]> Errors(string name)
    {
        var errors = new FieldErrors();
        new ProductInput(name, true, "0.19", [new MoneyDto("EUR", "24.50")]).Validate("CUP-1", errors);
        return errors.ToDictionary();
    }

    [Fact]
    public void Validate_PrintableName_NoErrors() => Assert.Empty(Errors("Espresso cup – 90 ml"));

    [Theory]
    [InlineData("Espresso\u0001cup")]
    [InlineData("Espresso\ncup")]
    public void Validate_NameWithAControlCharacter_NameRefused(string name) => Assert.Equal(["name"], Errors(name).Keys);

    [Fact]
    public void Validate_NameOverTheLimit_NameRefused() => Assert.Equal(["name"], Errors(new string('x', TextField.Name + 1)).Keys);
}
