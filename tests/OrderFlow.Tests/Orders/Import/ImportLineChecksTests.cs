using System.Text.Json.Nodes;
using OrderFlow.Core.Orders;

namespace OrderFlow.Tests.Orders.Import;

public class ImportLineChecksTests
{
    [Fact]
    public void Check_CompletedLine_WellFormedWithItsStagesAndPayments()
    {
        var (order, errors) = ImportLines.Check(ImportLines.Completed());

        Assert.True(errors.IsEmpty);
        Assert.Equal((OrderStatus.Completed, 6, 1, "RE-2026-0117"), (order!.Status, order.Stages.Count, order.Payments.Count, order.InvoiceNumber));
        Assert.StartsWith("import-", order.OrderId.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameSourceAndExternalId_SameOrderId_OtherSource_Another()
    {
        var first = ImportLines.Check(ImportLines.Completed()).Order!;
        var again = ImportLines.Completed();
        again["receivedAt"] = "2026-10-02T09:00:00Z";
        var elsewhere = ImportLines.Completed();
        elsewhere["source"] = "old-shop";

        Assert.Equal(first.OrderId, ImportLines.Check(again).Order!.OrderId);
        Assert.NotEqual(first.OrderId, ImportLines.Check(elsewhere).Order!.OrderId);
    }

    [Fact]
    public void Check_EveryBadField_NamedAtOnce()
    {
        var line = ImportLines.Completed();
        line["status"] = "Shipped";
        line["externalId"] = "";
        line["lines"]![0]!["taxRate"] = "19%";
        line["lines"]![0]!["quantity"] = 0;
        line["stages"]!["Teleported"] = "2026-10-01T09:00:00Z";
        line["payments"]![0]!["amount"] = "-1.00";
        line["shipments"]![0]!["trackingNumber"] = " ";

        var (order, errors) = ImportLines.Check(line);

        Assert.Null(order);
        Assert.Equal(
            ["externalId", "lines[0].quantity", "lines[0].taxRate", "payments[0].amount", "shipments[0].trackingNumber", "stages.Teleported", "status"],
            errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_StatusGivenAsNumber_Refused()
    {
        var line = ImportLines.Completed();
        line["status"] = "9";

        Assert.Contains("status", ImportLines.Check(line).Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Check_NoCurrency_CurrencyNamedAndNoAmountGuessed()
    {
        var line = ImportLines.Completed();
        line.Remove("currency");

        var errors = ImportLines.Check(line).Errors.ToDictionary();

        Assert.Equal(["currency"], errors.Keys);
    }

    [Fact]
    public void Check_NullLine_WholeObjectRequired()
    {
        var (order, errors) = ImportLines.Check(JsonNode.Parse("{}")!.AsObject());

        Assert.Null(order);
        Assert.Equal(["currency", "customerId", "externalId", "lines", "receivedAt", "source", "status"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }
}
