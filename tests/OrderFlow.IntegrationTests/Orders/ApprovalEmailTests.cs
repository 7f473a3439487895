using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;
using static OrderFlow.IntegrationTests.Fixtures.DemoStaff;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>An order on hold emails each approver their own approve and reject links, through DevHost and the real SMTP catcher.</summary>
[Collection(SharedApps.OrderFlows)]
public class ApprovalEmailTests(ProductApp app)
{
    // The links are the credential: a browser sends no key.
    static readonly HttpClient Browser = new();

    [Fact]
    public async Task OnHold_EachApproverOneEmail_LinkConfirmsApprovesOnceAndTheOtherLinkSaysWhatStands()
    {
        await SeedEmployeeAsync(app.Http, "e-010", "Oliver Hughes", Oliver);
        var orderId = await OrderApi.PostOverThresholdAsync(app.Http, "PO-APPR-1", "APPR-1", "c-appr-1");
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "OnHold");
        var oliver = (await DemoStaff.WaitForAsync(Oliver, "Order PO-APPR-1 waits for your approval"))[0];
        var ethan = (await DemoStaff.WaitForAsync(Ethan, "Order PO-APPR-1 waits for your approval"))[0];
        await OutboxDrain.WaitAsync(app.Names);

        var confirm = await Browser.GetAsync(oliver.ApproveLink);
        var confirmPage = await confirm.Content.ReadAsStringAsync();
        var stillHeld = await app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}");
        var approved = await PostAsync(oliver.ApproveLink, "known customer");
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected", "Failed");
        var usedAgain = await PostAsync(oliver.ApproveLink, null);
        var otherLink = await Browser.GetAsync(ethan.RejectLink);
        var otherPost = await PostAsync(ethan.RejectLink, null);
        var counts = new[] { (await MailsAsync(Oliver, "PO-APPR-1")).Count, (await MailsAsync(Ethan, "PO-APPR-1")).Count };

        Assert.Equal([1, 1], counts);
        Assert.Contains($"/orders/{orderId}", oliver.Text, StringComparison.Ordinal);
        Assert.Contains("Time left: 2 days 23 hours", oliver.Text, StringComparison.Ordinal);
        Assert.NotEqual(oliver.ApproveLink, ethan.ApproveLink);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("<h1>Approve order PO-APPR-1?</h1>", confirmPage, StringComparison.Ordinal);
        Assert.Contains("<td>APPR-1</td>", confirmPage, StringComparison.Ordinal);
        Assert.Equal("OnHold", stillHeld.GetProperty("status").GetString());
        Assert.DoesNotContain(stillHeld.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("stage").GetString() == "Approved");
        Assert.Equal(HttpStatusCode.OK, approved.Status);
        Assert.Contains("<h1>Approved</h1>", approved.Html, StringComparison.Ordinal);
        Assert.Equal("Completed", order.GetProperty("status").GetString());
        Assert.Equal("known customer", order.GetProperty("timeline").EnumerateArray().Single(t => t.GetProperty("stage").GetString() == "Approved").GetProperty("detail").GetString());
        Assert.Equal((HttpStatusCode.Gone, true), (usedAgain.Status, usedAgain.Html.Contains("<h1>Already used</h1>", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Conflict, otherLink.StatusCode);
        Assert.Contains("<h1>Already approved</h1>", await otherLink.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Conflict, true), (otherPost.Status, otherPost.Html.Contains("Already approved", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RejectLink_ConfirmedWithAReason_OrderRejectedAndTheLinkNowSaysUsed()
    {
        var orderId = await OrderApi.PostOverThresholdAsync(app.Http, "PO-APPR-2", "APPR-2", "c-appr-2");
        var ethan = (await DemoStaff.WaitForAsync(Ethan, "Order PO-APPR-2 waits for your approval"))[0];

        var tooLong = await PostAsync(ethan.RejectLink, new string('x', 501));
        var rejected = await PostAsync(ethan.RejectLink, "no credit history");
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Rejected", "Completed");
        var again = await Browser.GetAsync(ethan.RejectLink);

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.Contains("A reason is at most 500 characters.", tooLong.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rejected.Status);
        Assert.Equal("Rejected", order.GetProperty("status").GetString());
        Assert.Contains("no credit history", order.GetProperty("timeline").EnumerateArray().Last().GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
    }

    [Fact]
    public async Task TamperedLink_NotFoundAndNothingDecided()
    {
        var tampered = await Browser.GetAsync(new Uri(app.Http.BaseAddress!, "api/a/not-a-token"));

        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
    }

    async Task<(HttpStatusCode Status, string Html)> PostAsync(string link, string? reason)
    {
        var form = new FormUrlEncodedContent(reason is null ? [] : [new KeyValuePair<string, string>("reason", reason)]);
        var response = await Browser.PostAsync(link, form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
