using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Orders.StaffAlerts;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Orders;

/// <summary>
/// The pages behind an approver's emailed approve and reject links. The signed token is the credential, so no key is
/// asked for: GET shows what the link would decide and changes nothing, POST decides.
/// </summary>
public sealed class ApprovalLinkFunctions(ApprovalByLink approvals, TimeProvider time)
{
    const int MaxBodyBytes = 8 * 1024;

    [Function("ShowApprovalLink")]
    [Description("The confirm page of an approver's emailed approve or reject link; changes nothing.")]
    public async Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/a/{token}")] HttpRequest request, string token, CancellationToken cancellationToken) =>
        ApprovalPage.For(await approvals.OpenAsync(token, cancellationToken), time.GetUtcNow());

    [Function("DecideByApprovalLink")]
    [Description("Approves or rejects the held order as the emailed link says, in the approver's name, once. Form field: reason (optional, at most 500 characters).")]
    public async Task<IResult> DecideAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/a/{token}")] HttpRequest request, string token,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var opened = await approvals.OpenAsync(token, cancellationToken);
        if (opened.State != LinkState.Confirm)
        {
            return ApprovalPage.For(opened, time.GetUtcNow());
        }
        var (form, refusal) = await FormFields.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var reason = form!["reason"];
        // The link, not the form, says which decision this is.
        var (checkedReason, errors) = OrderEventBodies.DecisionReason(reason);
        if (!errors.IsEmpty)
        {
            return ApprovalPage.Confirm(opened, time.GetUtcNow(), reason, errors);
        }
        return ApprovalPage.For(await approvals.DecideAsync(durable, token, checkedReason, cancellationToken), time.GetUtcNow());
    }
}
