using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Tests.Pages;

public class PageKitTests
{
    [Fact]
    public void Field_WithError_IsMarkedInvalidAndDescribedByItsMessage()
    {
        var errors = new FieldErrors();
        errors.Add("lines[0].quantity", "Quantity must be at least 1.");

        var html = Fields.Text("lines[0].quantity", "Quantity", "0", errors, type: "number");

        Assert.Contains("<label for=\"f-lines-0--quantity\">Quantity</label>", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"f-lines-0--quantity-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-lines-0--quantity-error\">Quantity must be at least 1.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_WithoutError_IsNotMarkedInvalid_AndItsValueIsEncoded()
    {
        var html = Fields.Text("name", "Name", "\"><script>", new FieldErrors());

        Assert.DoesNotContain("aria-invalid", html, StringComparison.Ordinal);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorSummary_LinksEachMessageToItsField()
    {
        var errors = new FieldErrors();
        errors.Add("customerId", "Choose a customer.");

        Assert.Contains("<a href=\"#f-customerId\">Choose a customer.</a>", Fields.ErrorSummary(errors), StringComparison.Ordinal);
        Assert.Equal("", Fields.ErrorSummary(new FieldErrors()));
    }

    [Fact]
    public void Notice_KnownCodeShowsItsSentence_UnknownCodeShowsNothing()
    {
        var sentences = new Dictionary<string, string> { ["approved"] = "The order is approved." };

        Assert.Contains("The order is approved.", BackOfficePage.Notice(Request("?notice=approved"), sentences), StringComparison.Ordinal);
        Assert.Equal("", BackOfficePage.Notice(Request("?notice=Your+account+is+locked"), sentences));
    }

    [Fact]
    public void Pager_NextLinkKeepsTheFiltersAndReplacesTheToken()
    {
        var html = Pager.Next(Request("?status=OnHold&page=old&notice=approved"), "next token");

        Assert.Contains("href=\"/orders?status=OnHold&amp;page=next%20token\"", html, StringComparison.Ordinal);
        Assert.Equal("", Pager.Next(Request(""), null));
    }

    [Fact]
    public void Table_WithoutRows_SaysSoInsteadOfBareHeaders()
    {
        Assert.Equal("<p class=\"empty\">No orders.</p>", DataTable.Render("Orders", ["Order"], [], "No orders."));
        Assert.Contains("<th scope=\"row\">A</th><td>B</td>", DataTable.Render("Orders", ["x", "y"], [["A", "B"]]), StringComparison.Ordinal);
    }

    [Fact]
    public void Form_FieldSentTwice_KeepsEveryValueInOrder()
    {
        var form = FormFields.Parse("sku=A&sku=B&note=+hi+&blank=+"u8.ToArray())!;

        Assert.Equal(["A", "B"], form.All("sku"));
        Assert.Equal("hi", form["note"]);
        Assert.Null(form["blank"]);
        Assert.Null(form["missing"]);
    }

    static HttpRequest Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/orders";
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }
}
