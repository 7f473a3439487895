using System.Text.Json.Nodes;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Pricing;
using OrderFlow.Core.Reporting;

namespace OrderFlow.Tests.Orders.Import;

public class OrderImportTests
{
    static (OrderRecord? Record, IDictionary<string, string[]> Errors) Import(JsonObject line)
    {
        var (order, errors) = ImportLines.Check(line);
        Assert.True(errors.IsEmpty, string.Join("; ", errors.ToDictionary().Keys));
        var record = OrderRecord.Import(order!, ImportLines.Customer, ShippingTaxMode.FollowsGoods, ImportLines.Now, errors);
        return (record, errors.ToDictionary());
    }

    [Fact]
    public void Import_Completed_EndedWithTimelineTotalsParcelAndSourceInvoiceAsReferenceOnly()
    {
        var record = Import(ImportLines.Completed()).Record!;

        Assert.Equal((OrderStatus.Completed, "import", true, "35.58"), (record.Status, record.Source, record.Paid, record.Priced!.Gross.ToDecimalString()));
        Assert.Equal(
            [Milestone.Received, Milestone.Paid, Milestone.Validated, Milestone.Reserved, Milestone.Fulfilled, Milestone.Shipped, Milestone.Delivered, Milestone.Completed],
            record.Timeline.Select(t => t.Stage));
        Assert.Null(record.InvoiceNumber);
        Assert.Equal(("legacy-erp", "RE-2026-0117"), (record.Imported!.System, record.Imported.InvoiceReference));
        Assert.Equal((ShipmentStatus.Delivered, 2), (record.Shipments.Single().Status, record.Progress.Shipped.Values.Sum()));
        Assert.False(record.AwaitsWorkflow);
    }

    [Fact]
    public void Import_Completed_CountsInKpiFactsWithItsRealCycleTime()
    {
        var fact = OrderFact.From(Import(ImportLines.Completed()).Record!, TimeSpan.FromDays(2));

        Assert.Equal((true, true, true, (long?)TimeSpan.FromHours(74).TotalSeconds), (fact.Accepted, fact.Shipped, fact.Delivered, fact.CycleSeconds));
        Assert.Equal(3558, fact.GrossMinor);
    }

    [Fact]
    public void Import_CompletedUnderpaid_PaymentsNamedWithTheGross()
    {
        var line = ImportLines.Completed();
        line["payments"]![0]!["amount"] = "30.00";

        var (record, errors) = Import(line);

        Assert.Null(record);
        Assert.Contains("35.58 EUR", Assert.Single(errors["payments"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_StagesOutOfOrderOrBeforeReceipt_EachStageNamed()
    {
        var line = ImportLines.Completed();
        line["stages"]!["Validated"] = "2026-09-30T09:00:00Z";
        line["stages"]!["Shipped"] = "2026-10-02T09:00:00Z";

        var errors = Import(line).Errors;

        Assert.Equal(["stages.Shipped", "stages.Validated"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Import_StageAfterTheOutcomeOrInTheFuture_Refused()
    {
        var line = ImportLines.Completed();
        line["stages"]!["Delivered"] = "2026-10-05T11:00:00Z";
        line["receivedAt"] = "2027-01-01T00:00:00Z";

        var errors = Import(line).Errors;

        Assert.Contains("stages.Delivered", errors.Keys);
        Assert.Contains("receivedAt", errors.Keys);
        Assert.Contains("payments[0].at", errors.Keys);
    }

    [Fact]
    public void Import_CancelledAfterShipping_Refused_CancelledBefore_Imported()
    {
        var shipped = ImportLines.Completed();
        shipped["status"] = "Cancelled";
        shipped["stages"] = JsonNode.Parse("""{"Validated":"2026-10-01T09:01:00Z","Shipped":"2026-10-02T15:00:00Z","Cancelled":"2026-10-03T09:00:00Z"}""");
        shipped.Remove("payments");
        var early = shipped.DeepClone().AsObject();
        early["stages"]!.AsObject().Remove("Shipped");
        early.Remove("shipments");
        early["reasons"] = new JsonArray("Customer changed their mind");

        Assert.Equal("An order is cancelled before it ships.", Assert.Single(Import(shipped).Errors["stages"]));
        var cancelled = Import(early).Record!;
        Assert.Equal((OrderStatus.Cancelled, false, "Customer changed their mind"), (cancelled.Status, cancelled.Paid, cancelled.Timeline[^1].Detail));
    }

    [Fact]
    public void Import_Rejected_KeepsReasons_NotAcceptedInKpis()
    {
        var line = ImportLines.Completed();
        line["status"] = "Rejected";
        line["stages"] = JsonNode.Parse("""{"Rejected":"2026-10-01T09:01:00Z"}""");
        line["reasons"] = new JsonArray("SKU CUP-ESP was out of range");
        line.Remove("payments");
        line.Remove("shipments");
        line.Remove("invoiceNumber");

        var record = Import(line).Record!;

        Assert.Equal(["SKU CUP-ESP was out of range"], record.RejectionReasons);
        Assert.False(OrderFact.From(record, TimeSpan.FromDays(2)).Accepted);
    }

    [Fact]
    public void Import_NoAddressGivenNorOnFile_ShippingAddressNamed()
    {
        var (order, errors) = ImportLines.Check(ImportLines.Completed());
        var homeless = ImportLines.Customer with { ShippingAddress = null };

        Assert.Null(OrderRecord.Import(order!, homeless, ShippingTaxMode.FollowsGoods, ImportLines.Now, errors));
        Assert.Equal(["shippingAddress"], errors.ToDictionary().Keys);
    }
}
