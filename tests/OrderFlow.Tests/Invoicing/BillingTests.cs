using Microsoft.Extensions.Options;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Invoicing;
using OrderFlow.TestOrders;
using OrderFlow.Core.Orders;

namespace OrderFlow.Tests.Invoicing;

public class BillingTests
{
    static readonly DateTimeOffset Issued = new(2026, 4, 1, 12, 0, 0, TimeSpan.Zero);

    static readonly Invoice Draft = new(DocumentNumber.Parse("INV-2026-000007"), OrderId.Parse("o-7"), "c-7", Issued, "EUR", InvoiceStatus.Issued,
        [new InvoiceLine("CUP", "Cup", 2, 2500, 0.19m, 5000, 950)], 500)
    {
        Customer = new InvoiceCustomer("Café Einstein GmbH", "einkauf@einstein.example", new InvoiceAddress("Kurfürstenstraße 58", null, "Berlin", "10785", null, "DE")),
    };

    [Fact]
    public void Billed_BusinessCustomer_CarriesTermsReferenceVatIdAndAddress()
    {
        var address = new ElectronicAddress("9930", "DE987654321");

        var billed = Draft.Billed(new BillingDetails(new PaymentTerms(30, fromMonthEnd: true), "PO-4711", "DE987654321", address));

        Assert.Equal((new DateOnly(2026, 5, 30), "PO-4711"), (billed.DueDate, billed.BuyerReference));
        Assert.Equal(("DE987654321", address), (billed.Customer!.VatId, billed.Customer.ElectronicAddress));
    }

    [Fact]
    public void For_OrderPricedForABusinessCustomer_TheirTermsIdsAndTheExternalIdWithoutReadingThem()
    {
        var address = new ElectronicAddress("9930", "DE987654321");
        var buyer = new Customer(CustomerId.Parse("c-7"), "Café Einstein GmbH", "einkauf@einstein.example", null, null)
        {
            PaymentTerms = new PaymentTerms(30), VatId = "DE987654321", ElectronicAddress = address,
        };
        var order = OrderJourney.Priced("o-7") with { Buyer = buyer, ExternalId = "PO-4711" };

        var details = new InvoiceBilling(Options.Create(new SellerOptions())).For(order);

        Assert.Equal(new BillingDetails(new PaymentTerms(30), "PO-4711", "DE987654321", address), details);
    }

    [Fact]
    public void For_OrderPricedBeforeTheBuyerWasKept_SellersTermsAndTheOrderId()
    {
        var details = new InvoiceBilling(Options.Create(new SellerOptions())).For(OrderJourney.Priced("o-8"));

        Assert.Equal(new BillingDetails(new SellerOptions().DefaultTerms, "o-8", null, null), details);
    }

    [Fact]
    public void CreditNote_BilledInvoice_KeepsTheBuyerReferenceAndAddress()
    {
        var billed = Draft.Billed(new BillingDetails(new PaymentTerms(14), "PO-4711", "DE987654321", new ElectronicAddress("9930", "DE987654321")));

        var note = billed.WithCreditRequested(Issued.AddDays(3), "Returned.").CreditNote(DocumentNumber.Parse("CN-2026-000001"));

        Assert.Equal(("PO-4711", "9930"), (note.BuyerReference, note.Customer!.ElectronicAddress!.Scheme));
    }

    [Theory]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("AT611904300234573201", true)]
    [InlineData("DE89370400440532013001", false)]
    [InlineData("DE8937040044", false)]
    [InlineData("de89370400440532013000", false)]
    public void Iban_Checksum_Mod97(string iban, bool valid) => Assert.Equal(valid, Iban.IsValid(iban));

    [Theory]
    [InlineData("9930", true)]
    [InlineData("0088", true)]
    [InlineData("EM", false)]
    [InlineData("9999", false)]
    public void IsKnownScheme_EasCode_OnlyTheCurrentList(string scheme, bool known) => Assert.Equal(known, ElectronicAddress.IsKnownScheme(scheme));
}
