using OrderFlow.Core.Access;
using OrderFlow.Core.Common;

namespace OrderFlow.Tests.Access;

public class AccessPolicyTests
{
    static readonly NamedKey Integration = new("integration", new HashSet<StaffRole> { StaffRole.Admin }, ReadOnly: false);
    static readonly NamedKey Finance = new("finance", new HashSet<StaffRole> { StaffRole.Finance }, ReadOnly: true);
    static readonly StaffPrincipal Amelia = new("u-11", "Amelia Clarke", new HashSet<StaffRole> { StaffRole.Sales });
    static readonly StaffPrincipal Mara = new("u-01", "Mara Schulz", new HashSet<StaffRole> { StaffRole.Admin });

    static AccessCaller Caller(NamedKey? key = null, StaffPrincipal? person = null, bool reads = true, bool ownSite = true) => new(key, person, reads, ownSite);

    [Fact]
    public void Decide_NoRule_RefusedToEveryoneEvenAdmin()
    {
        Assert.Equal([], Assert.IsType<AccessDecision.Forbidden>(AccessPolicy.Decide(null, Caller(Integration))).RolesNeeded);
        Assert.IsType<AccessDecision.Forbidden>(AccessPolicy.Decide(null, Caller(person: Mara)));
    }

    [Fact]
    public void Decide_OpenRule_AdmitsAnyoneWithThePersonAsActorWhenSignedIn()
    {
        Assert.Null(Assert.IsType<AccessDecision.Admit>(AccessPolicy.Decide(AccessRule.Open, Caller())).Actor);
        Assert.Equal(Actor.Person("u-11", "Amelia Clarke"), Assert.IsType<AccessDecision.Admit>(AccessPolicy.Decide(AccessRule.Open, Caller(person: Amelia))).Actor);
    }

    [Fact]
    public void Decide_KeyWithTheRoleOrAdmin_AdmittedAsTheKeysName()
    {
        var admitted = Assert.IsType<AccessDecision.Admit>(AccessPolicy.Decide(AccessRule.Api(StaffRole.Sales), Caller(Integration, reads: false, ownSite: false)));

        Assert.Equal(Actor.Key("integration"), admitted.Actor);
    }

    [Fact]
    public void Decide_ReadOnlyKey_ReadsItsRoutesButChangesNothing()
    {
        var payments = AccessRule.Api(StaffRole.Finance);

        Assert.IsType<AccessDecision.Admit>(AccessPolicy.Decide(payments, Caller(Finance)));
        Assert.Equal([StaffRole.Finance, StaffRole.Admin], Assert.IsType<AccessDecision.Forbidden>(AccessPolicy.Decide(payments, Caller(Finance, reads: false))).RolesNeeded);
        Assert.IsType<AccessDecision.Forbidden>(AccessPolicy.Decide(AccessRule.Api(StaffRole.Sales), Caller(Finance)));
    }

    [Fact]
    public void Decide_NobodyKnown_SignIn()
    {
        Assert.IsType<AccessDecision.SignIn>(AccessPolicy.Decide(AccessRule.Api(StaffRole.Sales), Caller()));
        Assert.IsType<AccessDecision.SignIn>(AccessPolicy.Decide(AccessRule.Page(), Caller()));
    }

    [Fact]
    public void Decide_KeyOnAPage_SignIn() =>
        Assert.IsType<AccessDecision.SignIn>(AccessPolicy.Decide(AccessRule.Page(), Caller(Integration)));

    [Fact]
    public void Decide_PersonWithoutTheRole_ForbiddenNamingTheRoleAndAdmin() =>
        Assert.Equal([StaffRole.Approver, StaffRole.Admin],
            Assert.IsType<AccessDecision.Forbidden>(AccessPolicy.Decide(AccessRule.Api(StaffRole.Approver), Caller(person: Amelia))).RolesNeeded);

    [Fact]
    public void Decide_AdminPerson_OpensEveryRole() =>
        Assert.Equal(Actor.Person("u-01", "Mara Schulz"),
            Assert.IsType<AccessDecision.Admit>(AccessPolicy.Decide(AccessRule.Api(StaffRole.People), Caller(person: Mara, reads: false))).Actor);

    [Fact]
    public void Decide_PersonsChangeFromAnotherSite_CrossSiteEvenWithTheRole() =>
        Assert.IsType<AccessDecision.CrossSite>(AccessPolicy.Decide(AccessRule.Api(StaffRole.Sales), Caller(person: Amelia, reads: false, ownSite: false)));

    [Fact]
    public void Decide_PersonsReadFromAnotherSite_Admitted() =>
        Assert.IsType<AccessDecision.Admit>(AccessPolicy.Decide(AccessRule.Api(StaffRole.Sales), Caller(person: Amelia, reads: true, ownSite: false)));

    [Fact]
    public void Decide_PageWithoutRoles_AnySignedInPerson() =>
        Assert.IsType<AccessDecision.Admit>(AccessPolicy.Decide(AccessRule.Page(), Caller(person: new StaffPrincipal("u-9", "No Roles", new HashSet<StaffRole>()))));
}
