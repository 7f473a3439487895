using OrderFlow.Core.Common;

namespace OrderFlow.Tests.Common;

public class EntityKeyTests
{
    [Theory]
    [InlineData("CUP-1", true)]
    [InlineData("c_1.2", true)]
    [InlineData("CUP-1\n", false)]
    [InlineData("CUP 1", false)]
    [InlineData("", false)]
    public void IsValid_LettersDigitsDotUnderscoreHyphenOnly(string key, bool valid) => Assert.Equal(valid, EntityKey.IsValid(key));
}
