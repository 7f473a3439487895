using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Functions;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Invoicing;

namespace OrderFlow.IntegrationTests.Access;

/// <summary>
/// Every HTTP function × every caller (signed out, each demo user, the integration key, the finance key) answers as
/// the roles table of docs/back-office.md says. The expected table is written out here, apart from the app's own, so
/// a wrong entry in either fails.
/// </summary>
[Collection(SharedApps.Finance)]
public class AccessMatrixTests(FinanceApp app)
{
    const string Open = "open";
    const string AnyPerson = "any person";

    // A page for people holding one of the roles that follow, e.g. "page Sales Operations"; keys do not open pages.
    const string PagePrefix = "page ";

    // Who opens each function, besides Admin (who opens every one that is not open to all).
    static readonly Dictionary<string, string> Expected = new()
    {
        ["Health"] = Open, ["OpenApiDocument"] = Open, ["StyleSheet"] = Open,
        ["ShopifyWebhook"] = Open, ["WooCommerceWebhook"] = Open, ["GenericOrderWebhook"] = Open,
        ["ShowSurveyForm"] = Open, ["SubmitSurveyAnswers"] = Open, ["GetMeetingPage"] = Open, ["PutMeetingPage"] = Open, ["PostMeetingPage"] = Open,
        ["ShowApprovalLink"] = Open, ["DecideByApprovalLink"] = Open,
        ["Home"] = AnyPerson,
        ["OrderPage"] = PagePrefix + "Sales Operations Approver Finance", ["OrderActionPage"] = PagePrefix + "Operations Approver Finance",
        // Inventory, finance and dashboard pages.
        ["InventoryPage"] = PagePrefix + "Operations Sales", ["InventoryAdjustPage"] = PagePrefix + "Operations",
        ["FinancePage"] = PagePrefix + "Finance", ["OpenItemsPage"] = PagePrefix + "Finance", ["InvoicePage"] = PagePrefix + "Finance",
        ["CreditNotePage"] = PagePrefix + "Finance", ["DashboardPage"] = PagePrefix + "Finance People Sales Operations",
        // Order list and work queue pages.
        ["OrderListPage"] = PagePrefix + "Sales Operations Approver Finance", ["WorkQueuePage"] = PagePrefix + "Operations Approver",
        ["PostOrder"] = "Sales", ["GetOrder"] = "Sales Operations Approver", ["ListOrders"] = "Sales Operations Approver",
        ["ListCustomerOrders"] = "Sales", ["PutCustomer"] = "Sales",
        ["CancelOrder"] = "Operations", ["RecordFulfilment"] = "Operations", ["RecordShipment"] = "Operations", ["RecordDelivery"] = "Operations",
        ["RetryOrderStep"] = "Operations", ["PutInventory"] = "Operations", ["ListInventory"] = "Operations Sales",
        ["ApproveOrder"] = "Approver", ["RejectOrder"] = "Approver",
        ["RecordPayment"] = "Finance", ["ListInvoices"] = "Finance", ["GetInvoice"] = "Finance", ["GetCreditNote"] = "Finance",
        ["ReceivablesAgingReport"] = "Finance", ["OrderKpiReport"] = "Finance", ["Dashboard"] = "Finance",
        ["PutEmployee"] = "People", ["ImportEmployees"] = "People", ["CreateSurvey"] = "People", ["GetSurvey"] = "People",
        ["OpenSurveyRound"] = "People", ["CloseSurveyRoundNow"] = "People", ["GetSurveyResults"] = "People", ["GetEnps"] = "People", ["EngagementDashboard"] = "People",
        ["PostOneOnOne"] = "People", ["GetOneOnOne"] = "People", ["SkipOneOnOne"] = "People", ["DeleteOneOnOne"] = "People",
        // People pages
        ["EmployeesPage"] = "page People", ["SurveysPage"] = "page People", ["SurveyCreatePage"] = "page People", ["SurveyPage"] = "page People",
        ["SurveyEditPage"] = "page People", ["SurveyRoundsPage"] = "page People", ["SurveyRoundClosePage"] = "page People", ["SurveyResultsPage"] = "page People",
        ["OneOnOnesPage"] = AnyPerson, ["OneOnOneSkipPage"] = AnyPerson, ["OneOnOneCancelPage"] = AnyPerson,
        ["PutProduct"] = "", ["ImportOrders"] = "",
        // Recording a refund an order owes.
        ["RecordRefund"] = "Finance",
        // Delivery problems reported and resolved.
        ["ReportDeliveryProblem"] = "Operations", ["ResolveDeliveryProblem"] = "Operations",
        // Pages: new order, customers, products.
        ["NewOrderPage"] = "page Sales", ["EnterOrderPage"] = "page Sales", ["CustomerListPage"] = "page Sales Finance", ["CustomerPage"] = "page Sales Finance",
        ["CustomerCreditLimitPage"] = "page Sales", ["ProductListPage"] = "page ", ["AddProductPage"] = "page ", ["ProductPage"] = "page ", ["SaveProductPage"] = "page ",
    };

    sealed record Caller(string Name, string[] Roles, string? UserId = null, string? Key = null, bool ReadOnly = false);

    static readonly Caller[] Callers =
    [
        new("signed out", []),
        new("Amelia", ["Sales"], StaffBrowser.Amelia),
        new("Chloe", ["Operations"], StaffBrowser.Chloe),
        new("Oliver", ["Approver", "Sales"], StaffBrowser.Oliver),
        new("Ethan", ["Operations", "Approver"], StaffBrowser.Ethan),
        new("Priya", ["Finance"], StaffBrowser.Priya),
        new("Haruto", ["People"], StaffBrowser.Haruto),
        new("Mara", ["Admin"], StaffBrowser.Mara),
        new("integration key", ["Admin"], Key: TestApp.HostKey),
        new("finance key", ["Finance"], Key: FinanceApp.FinanceKey, ReadOnly: true),
    ];

    sealed record Route(string Function, string Method, string Path);

    static List<Route> HttpRoutes() => (
        from type in typeof(OrderFlowFunctionServices).Assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        let function = method.GetCustomAttribute<FunctionAttribute>()
        let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)
        where function is not null && trigger is not null
        from verb in trigger.Methods!
        select new Route(function.Name, verb.ToUpperInvariant(), Fill(trigger.Route!))).ToList();

    // Route values that name nothing: an admitted call reaches its function, which answers 400 or 404.
    static string Fill(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route.StartsWith('{') ? "" : route, @"\{[^}]+\}", "matrix-none");

    static string Outcome(Caller caller, Route route)
    {
        var rule = Expected[route.Function];
        if (rule == Open)
        {
            return "admitted";
        }
        var reads = route.Method is "GET" or "HEAD";
        if (rule == AnyPerson)
        {
            return caller.UserId is null ? "sign in" : "admitted";
        }
        var isPage = rule.StartsWith(PagePrefix, StringComparison.Ordinal);
        if (caller.UserId is null && (caller.Key is null || isPage))
        {
            return "sign in";
        }
        var roles = isPage ? rule[PagePrefix.Length..] : rule;
        var opens = caller.Roles.Contains("Admin") || roles.Split(' ', StringSplitOptions.RemoveEmptyEntries).Intersect(caller.Roles).Any();
        return opens && (!caller.ReadOnly || reads) ? "admitted" : "forbidden";
    }

    [Fact]
    public async Task EveryHttpFunction_EveryCaller_AnswersAsTheRolesTableSays()
    {
        var routes = HttpRoutes();
        Assert.Equal(Expected.Keys.Order(), routes.Select(r => r.Function).Distinct().Order());
        var mismatches = new List<string>();
        foreach (var caller in Callers)
        {
            using var browser = caller.UserId is null ? new StaffBrowser(app.Http.BaseAddress!) : await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, caller.UserId);
            if (caller.Key is not null)
            {
                browser.Http.DefaultRequestHeaders.Add("x-functions-key", caller.Key);
            }
            foreach (var route in routes)
            {
                var expected = Outcome(caller, route);
                var actual = await SendAsync(browser, route);
                if (actual != expected)
                {
                    mismatches.Add($"{caller.Name} {route.Method} /{route.Path} ({route.Function}): expected {expected}, got {actual}");
                }
            }
        }
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    /// <summary>What the access check made of the request: refused (and how), or let through to the function.</summary>
    static async Task<string> SendAsync(StaffBrowser browser, Route route)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
        if (route.Method is not ("GET" or "HEAD"))
        {
            request.Content = JsonContent.Create(new { });
            request.Headers.Add("Origin", browser.OwnOrigin);
        }
        using var response = await browser.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode switch
        {
            HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.StartsWith("/.auth/login/dev", StringComparison.Ordinal) == true => "sign in",
            HttpStatusCode.Unauthorized when body.Contains("Sign in, or present a key", StringComparison.Ordinal) => "sign in",
            HttpStatusCode.Forbidden when IsRoleRefusal(response, body) => "forbidden",
            _ => "admitted",
        };
    }

    static bool IsRoleRefusal(HttpResponseMessage response, string body) =>
        response.Content.Headers.ContentType?.MediaType == "text/html"
            ? body.Contains("Needs the role", StringComparison.Ordinal)
            : JsonDocument.Parse(body).RootElement.TryGetProperty("requiredRoles", out _);
}
