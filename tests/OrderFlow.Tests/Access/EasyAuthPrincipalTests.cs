using System.Text;
using OrderFlow.Core.Access;

namespace OrderFlow.Tests.Access;

public class EasyAuthPrincipalTests
{
    const string UserId = "7d0e8f2a-4b1c-4e5d-9a3f-2b6c8d0e1f42";
    const string RoleClaimUri = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";

    // Shaped as App Service documents the decoded X-MS-CLIENT-PRINCIPAL for Microsoft Entra sign-ins.
    static string Header(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

    static readonly string EntraPrincipal = Header($$"""
        {"auth_typ":"aad","name_typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress","role_typ":"{{RoleClaimUri}}",
         "claims":[{"typ":"name","val":"Priya Shah"},{"typ":"roles","val":"Finance"},{"typ":"{{RoleClaimUri}}","val":"Approver"},
                   {"typ":"roles","val":"Janitor"},{"typ":"preferred_username","val":"priya.shah@orderflow.example"}]}
        """);

    [Fact]
    public void Read_PlatformOnWithEntraPrincipal_NameFromNameClaimAndKnownRolesFromBothRoleTypes()
    {
        var principal = EasyAuthPrincipal.Read(true, EntraPrincipal, UserId, "priya.shah@orderflow.example");

        Assert.NotNull(principal);
        Assert.Equal(UserId, principal.UserId);
        Assert.Equal("Priya Shah", principal.Name);
        Assert.Equal([StaffRole.Approver, StaffRole.Finance], principal.Roles.Order());
    }

    [Fact]
    public void Read_PlatformAuthOff_NeverTrustsTheHeaders() =>
        Assert.Null(EasyAuthPrincipal.Read(false, EntraPrincipal, UserId, "priya.shah@orderflow.example"));

    [Theory]
    [InlineData("True", true)]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("False", false)]
    [InlineData("1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void PlatformAuthOn_OnlyTrueInAnyCase(string? setting, bool expected) =>
        Assert.Equal(expected, EasyAuthPrincipal.PlatformAuthOn(setting));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("bm90IGpzb24=")] // "not json"
    [InlineData("WzEsMiwzXQ==")] // [1,2,3]
    [InlineData("eyJhdXRoX3R5cCI6ImFhZCJ9")] // {"auth_typ":"aad"}: no claims
    public void Read_AbsentOrForgedPrincipal_NoOne(string? header) =>
        Assert.Null(EasyAuthPrincipal.Read(true, header, UserId, "someone"));

    [Fact]
    public void Read_NoUserId_NoOne() =>
        Assert.Null(EasyAuthPrincipal.Read(true, EntraPrincipal, null, "priya.shah@orderflow.example"));

    [Fact]
    public void Read_NoNameClaim_FallsBackToTheNameHeader()
    {
        var principal = EasyAuthPrincipal.Read(true, Header("""{"claims":[{"typ":"roles","val":"Sales"}]}"""), UserId, "amelia.clarke@orderflow.example");

        Assert.Equal("amelia.clarke@orderflow.example", principal!.Name);
        Assert.Equal([StaffRole.Sales], principal.Roles);
    }

    [Fact]
    public void Encode_ThenRead_GivesTheSamePrincipal()
    {
        var original = new StaffPrincipal(UserId, "Ethan Brooks", new HashSet<StaffRole> { StaffRole.Operations, StaffRole.Approver });

        var read = EasyAuthPrincipal.Read(true, EasyAuthPrincipal.Encode(original, "dev"), UserId, "ethan.brooks@orderflow.example");

        Assert.Equal(original.Name, read!.Name);
        Assert.Equal(original.Roles.Order(), read.Roles.Order());
    }
}
