using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.StaffAlerts;
using OrderFlow.Core.Security;
using OrderFlow.Tests.Orders.Channels;

namespace OrderFlow.Tests.Orders.StaffAlerts;

public class ApprovalLinksTests
{
    static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    static readonly OrderId Order = OrderId.Parse("api-1");

    static SignedLinks Links(DateTimeOffset now) =>
        new(Options.Create(new LinkOptions { SigningKey = "k3y-of-at-least-thirty-two-characters!", PublicBaseUrl = "https://orderflow.example/" }), new FixedTimeProvider(now));

    [Fact]
    public void Verify_IssuedRejectLink_ReadsAsThatApproversRejection()
    {
        var token = Links(Now).Issue(ApprovalLinks.ClaimsFor(Order, "ethan@example.com", approve: false, Now.AddDays(3)));

        var check = Links(Now).Verify(token, ApprovalLinks.Purpose);

        Assert.Equal(LinkStatus.Valid, check.Status);
        Assert.Equal(new ApprovalLink(Order, "ethan@example.com", false, Now.AddDays(3)), ApprovalLinks.Read(check.Claims!));
    }

    [Fact]
    public void Verify_AfterTheHoldEnds_Expired()
    {
        var token = Links(Now).Issue(ApprovalLinks.ClaimsFor(Order, "ethan@example.com", approve: true, Now.AddDays(3)));

        Assert.Equal(LinkStatus.Expired, Links(Now.AddDays(3)).Verify(token, ApprovalLinks.Purpose).Status);
    }

    [Fact]
    public void Verify_SurveyLink_InvalidAsAnApprovalLink()
    {
        var token = Links(Now).Issue(new LinkClaims("survey", ["api-1", "ethan@example.com", "approve"], Now.AddDays(3)));

        Assert.Equal(LinkStatus.Invalid, Links(Now).Verify(token, ApprovalLinks.Purpose).Status);
    }

    [Theory]
    [InlineData("api-1", "ethan@example.com", "cancel")]
    [InlineData("api-1", "ethan@example.com")]
    [InlineData("not an order id!", "ethan@example.com", "approve")]
    public void Read_ClaimsOfNoApprovalLink_Null(params string[] ids)
    {
        Assert.Null(ApprovalLinks.Read(new LinkClaims(ApprovalLinks.Purpose, ids, Now)));
    }
}
