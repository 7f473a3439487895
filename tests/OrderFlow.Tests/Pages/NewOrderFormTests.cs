using OrderFlow.Core.Common;
using OrderFlow.Functions.Pages.Kit;
using OrderFlow.Functions.Pages.NewOrder;

namespace OrderFlow.Tests.Pages;

public class NewOrderFormTests
{
    [Fact]
    public void ToOrder_BlankRowsLeftOut_ErrorsMovedBackToTheirRows()
    {
        var form = Form(("customerId", "c-1"), ("lines[0].sku", "CUP-1"), ("lines[0].quantity", "2"), ("lines[2].sku", "CUP-2"), ("lines[2].quantity", "x"));
        var (order, rowOf) = form.ToOrder();
        var errors = new FieldErrors();
        errors.Add("lines[1].quantity", "A whole quantity is required.");
        errors.Add("currency", "A currency is required.");

        var moved = form.OnRows(errors, rowOf);

        Assert.Equal(["CUP-1", "CUP-2"], order.Lines!.Select(l => l!.Sku));
        Assert.Equal([2, null], order.Lines!.Select(l => l!.Quantity));
        Assert.Equal("entry-0123456789abcdef0123456789abcdef", order.ExternalId);
        Assert.Equal(["lines[2].quantity", "currency"], moved.ByField.Select(e => e.Field));
    }

    [Fact]
    public void OnRows_NoCustomerAndNoLines_SaidInTheFormsWordsBesideTheFirstRow()
    {
        var form = Form();
        var (order, rowOf) = form.ToOrder();

        var moved = form.OnRows(DirectEntryChecks(order), rowOf);

        Assert.Equal(["Choose a customer: search for them above, or type their customer ID."], moved.For(NewOrderForm.CustomerField));
        Assert.NotEmpty(moved.For("lines[0].sku"));
        Assert.Empty(moved.For("lines"));
    }

    [Fact]
    public void CheckBox_WithError_InvalidAndDescribedByIt()
    {
        var errors = new FieldErrors();
        errors.Add("acceptWarnings", "It will wait for approval.");

        var html = CheckBox.Render("acceptWarnings", "Enter it anyway", ticked: false, errors);

        Assert.Contains("<input type=\"checkbox\" id=\"f-acceptWarnings\" name=\"acceptWarnings\" value=\"true\" aria-invalid=\"true\" aria-describedby=\"f-acceptWarnings-error\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"f-acceptWarnings\">Enter it anyway</label>", html, StringComparison.Ordinal);
    }

    static FieldErrors DirectEntryChecks(Core.Orders.Intake.CanonicalOrder order) => Core.Orders.Intake.DirectEntry.Check(order);

    static NewOrderForm Form(params (string Name, string Value)[] fields)
    {
        var values = fields.ToDictionary(f => f.Name, f => (string?)f.Value, StringComparer.Ordinal);
        values[NewOrderForm.Token] = "0123456789abcdef0123456789abcdef";
        return new NewOrderForm(values, 3);
    }
}
