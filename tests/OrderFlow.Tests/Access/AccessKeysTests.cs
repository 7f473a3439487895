using Microsoft.Extensions.Options;
using OrderFlow.Core.Access;

namespace OrderFlow.Tests.Access;

public class AccessKeysTests
{
    static AccessKeys Keys(params (string Name, string Secret, string Roles, bool ReadOnly)[] keys) => new(Options.Create(new AccessOptions
    {
        Keys = keys.ToDictionary(k => k.Name, k => new AccessKeyOptions { Secret = k.Secret, Roles = k.Roles, ReadOnly = k.ReadOnly }),
    }));

    [Fact]
    public void Find_KnownSecret_NamesTheKeyWithItsRoles()
    {
        var keys = Keys(("integration", "integration-secret", "Admin", false), ("finance", "finance-secret", "Finance", true));

        Assert.Equal("finance", keys.Find("finance-secret")!.Name);
        Assert.True(keys.Find("finance-secret")!.ReadOnly);
        Assert.Contains(StaffRole.Admin, keys.Find("integration-secret")!.Roles);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("integration-secreT")]
    [InlineData("integration-secret ")]
    public void Find_UnknownOrMissingSecret_NoKey(string? presented) =>
        Assert.Null(Keys(("integration", "integration-secret", "Admin", false)).Find(presented));

    [Fact]
    public void Find_KeyWithEmptySecret_IsOff() =>
        Assert.Null(Keys(("finance", "", "Finance", true)).Find(""));

    [Theory]
    [InlineData("Finance, Sales", true)]
    [InlineData("", true)]
    [InlineData("Finance,Janitor", false)]
    public void IsValid_RolesMustBeKnown(string roles, bool valid) =>
        Assert.Equal(valid, new AccessOptions { Keys = new() { ["k"] = new AccessKeyOptions { Secret = "s", Roles = roles } } }.IsValid);

    [Theory]
    [InlineData("/.auth/login/aad", true)]
    [InlineData("//evil.example/login", false)]
    [InlineData("https://evil.example/login", false)]
    public void IsValid_LoginPathIsLocal(string path, bool valid) =>
        Assert.Equal(valid, new AccessOptions { LoginPath = path }.IsValid);
}
