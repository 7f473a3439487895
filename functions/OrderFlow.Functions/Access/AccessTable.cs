using OrderFlow.Core.Access;
using OrderFlow.Functions.Orders;
using static OrderFlow.Core.Access.StaffRole;

namespace OrderFlow.Functions.Access;

/// <summary>
/// Who may call each HTTP function, by function name: the one table the access check reads. A function missing
/// here is refused to everyone. Admin opens everything, so it is not named.
/// </summary>
public static class AccessTable
{
    public static IReadOnlyDictionary<string, AccessRule> Rules { get; } = new Dictionary<string, AccessRule>(StringComparer.Ordinal)
    {
        // Anyone; webhooks check their HMAC and the /api/s, /api/m and /api/a pages their signed link themselves.
        ["Health"] = AccessRule.Open,
        ["OpenApiDocument"] = AccessRule.Open,
        ["StyleSheet"] = AccessRule.Open,
        ["ShopifyWebhook"] = AccessRule.Open,
        ["WooCommerceWebhook"] = AccessRule.Open,
        ["GenericOrderWebhook"] = AccessRule.Open,
        ["ShowSurveyForm"] = AccessRule.Open,
        ["SubmitSurveyAnswers"] = AccessRule.Open,
        ["GetMeetingPage"] = AccessRule.Open,
        ["PutMeetingPage"] = AccessRule.Open,
        ["PostMeetingPage"] = AccessRule.Open,
        ["ShowApprovalLink"] = AccessRule.Open,
        ["DecideByApprovalLink"] = AccessRule.Open,

        ["Home"] = AccessRule.Page(),

        // The order page and its forms; each form's action is checked against its API function's rule as well.
        ["OrderPage"] = AccessRule.Page(Sales, Operations, Approver, Finance),
        ["OrderActionPage"] = AccessRule.Page(Operations, Approver, Finance),
        // Inventory, finance and dashboard pages.
        ["InventoryPage"] = AccessRule.Page(Operations, Sales),
        ["InventoryAdjustPage"] = AccessRule.Page(Operations),
        ["FinancePage"] = AccessRule.Page(Finance),
        ["OpenItemsPage"] = AccessRule.Page(Finance),
        ["InvoicePage"] = AccessRule.Page(Finance),
        ["CreditNotePage"] = AccessRule.Page(Finance),
        ["DashboardPage"] = AccessRule.Page(Finance, StaffRole.People, Sales, Operations),
        // Order list and work queue pages.
        ["OrderListPage"] = AccessRule.Page(Sales, Operations, Approver, Finance),
        ["WorkQueuePage"] = AccessRule.Page(Operations, Approver),

        ["PostOrder"] = AccessRule.Api(Sales),
        ["GetOrder"] = AccessRule.Api(Sales, Operations, Approver),
        ["ListOrders"] = AccessRule.Api(Sales, Operations, Approver),
        ["ListCustomerOrders"] = AccessRule.Api(Sales),
        ["PutCustomer"] = AccessRule.Api(Sales),

        ["CancelOrder"] = AccessRule.Api(Operations),
        ["RecordFulfilment"] = AccessRule.Api(Operations),
        ["RecordShipment"] = AccessRule.Api(Operations),
        ["RecordDelivery"] = AccessRule.Api(Operations),
        ["RetryOrderStep"] = AccessRule.Api(Operations),
        ["PutInventory"] = AccessRule.Api(Operations),
        ["ListInventory"] = AccessRule.Api(Operations, Sales),

        ["ApproveOrder"] = AccessRule.Api(Approver),
        ["RejectOrder"] = AccessRule.Api(Approver),

        ["RecordPayment"] = AccessRule.Api(Finance),
        // Recording a refund an order owes (API route; the order page's form).
        ["RecordRefund"] = AccessRule.Api(Finance),
        // Delivery problems: a carrier with the host key or operations report one, operations resolve it (API routes; the order page's forms).
        [OrderEventFunctions.ReportDeliveryProblemFunction] = AccessRule.Api(Operations),
        [OrderEventFunctions.ResolveDeliveryProblemFunction] = AccessRule.Api(Operations),
        ["ListInvoices"] = AccessRule.Api(Finance),
        ["GetInvoice"] = AccessRule.Api(Finance),
        ["GetCreditNote"] = AccessRule.Api(Finance),
        ["ReceivablesAgingReport"] = AccessRule.Api(Finance),
        ["OrderKpiReport"] = AccessRule.Api(Finance),
        ["Dashboard"] = AccessRule.Api(Finance),

        ["PutEmployee"] = AccessRule.Api(StaffRole.People),
        ["ImportEmployees"] = AccessRule.Api(StaffRole.People),
        ["CreateSurvey"] = AccessRule.Api(StaffRole.People),
        ["GetSurvey"] = AccessRule.Api(StaffRole.People),
        ["OpenSurveyRound"] = AccessRule.Api(StaffRole.People),
        ["CloseSurveyRoundNow"] = AccessRule.Api(StaffRole.People),
        ["GetSurveyResults"] = AccessRule.Api(StaffRole.People),
        ["GetEnps"] = AccessRule.Api(StaffRole.People),
        ["EngagementDashboard"] = AccessRule.Api(StaffRole.People),
        ["PostOneOnOne"] = AccessRule.Api(StaffRole.People),
        ["GetOneOnOne"] = AccessRule.Api(StaffRole.People),
        ["SkipOneOnOne"] = AccessRule.Api(StaffRole.People),
        ["DeleteOneOnOne"] = AccessRule.Api(StaffRole.People),

        // Pages: new order, customers, products.
        ["NewOrderPage"] = AccessRule.Page(Sales),
        ["EnterOrderPage"] = AccessRule.Page(Sales),
        ["CustomerListPage"] = AccessRule.Page(Sales, Finance),
        ["CustomerPage"] = AccessRule.Page(Sales, Finance),
        ["CustomerCreditLimitPage"] = AccessRule.Page(Sales),
        ["ProductListPage"] = AccessRule.Page(Admin),
        ["AddProductPage"] = AccessRule.Page(Admin),
        ["ProductPage"] = AccessRule.Page(Admin),
        ["SaveProductPage"] = AccessRule.Page(Admin),
        // People pages: employees, surveys, one-to-ones (a manager's own; People sees every schedule).
        ["EmployeesPage"] = AccessRule.Page(StaffRole.People),
        ["SurveysPage"] = AccessRule.Page(StaffRole.People),
        ["SurveyCreatePage"] = AccessRule.Page(StaffRole.People),
        ["SurveyPage"] = AccessRule.Page(StaffRole.People),
        ["SurveyEditPage"] = AccessRule.Page(StaffRole.People),
        ["SurveyRoundsPage"] = AccessRule.Page(StaffRole.People),
        ["SurveyRoundClosePage"] = AccessRule.Page(StaffRole.People),
        ["SurveyResultsPage"] = AccessRule.Page(StaffRole.People),
        ["OneOnOnesPage"] = AccessRule.Page(),
        ["OneOnOneSkipPage"] = AccessRule.Page(),
        ["OneOnOneCancelPage"] = AccessRule.Page(),

        ["PutProduct"] = AccessRule.Api(Admin),
        ["ImportOrders"] = AccessRule.Api(Admin),
    };

    public static AccessRule? For(string functionName) => Rules.GetValueOrDefault(functionName);

    /// <summary>
    /// Whether the signed-in viewer may call the function: what a page asks before it shows a link or an action, so
    /// it never offers what the access check would refuse.
    /// </summary>
    public static bool Opens(string functionName, StaffPrincipal viewer) =>
        AccessPolicy.Decide(For(functionName), new AccessCaller(null, viewer, OnlyReads: true, FromOwnSite: true)) is AccessDecision.Admit;

    /// <summary>Whether a key opens the function (for the OpenAPI document's security).</summary>
    public static bool TakesKey(string functionName) => For(functionName)?.Kind == AccessKind.Api;
}
