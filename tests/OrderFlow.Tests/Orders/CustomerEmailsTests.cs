using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Email;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Core.Products;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders;

/// <summary>Every email a customer gets about an order, in English and in German: subject, the sentence that matters, amounts as the language writes them.</summary>
public class CustomerEmailsTests
{
    static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<CustomerNotice, Language, string, string> Notices => new()
    {
        { CustomerNotice.Confirmed, Language.En, "Your order o-1 is confirmed", "Total with tax and shipping  28.70 EUR" },
        { CustomerNotice.Confirmed, Language.De, "Ihre Bestellung o-1 ist bestätigt", "Gesamt inkl. MwSt. und Versand  28,70 EUR" },
        { CustomerNotice.Shipped, Language.En, "Your order o-1 is on its way", "your parcel is with DHL. Tracking number: T-o-1" },
        { CustomerNotice.Shipped, Language.De, "Ihre Bestellung o-1 ist unterwegs", "Ihr Paket ist bei DHL. Sendungsnummer: T-o-1" },
        { CustomerNotice.Invoiced, Language.En, "Invoice INV-2026-000001 for your order o-1", "Total     28.70 EUR" },
        { CustomerNotice.Invoiced, Language.De, "Rechnung INV-2026-000001 zu Ihrer Bestellung o-1", "Gesamt   28,70 EUR" },
        { CustomerNotice.Credited, Language.En, "Credit note CN-2026-000003 for your order o-1", "cancels invoice INV-2026-000001" },
        { CustomerNotice.Credited, Language.De, "Gutschrift CN-2026-000003 zu Ihrer Bestellung o-1", "storniert die Rechnung INV-2026-000001" },
    };

    [Theory]
    [MemberData(nameof(Notices))]
    public void Compose_NoticeInTheCustomersLanguage_SubjectTextAndHtmlInIt(CustomerNotice notice, Language language, string subject, string phrase)
    {
        var order = Order(language, notice switch
        {
            CustomerNotice.Confirmed => OrderStatus.Reserved,
            CustomerNotice.Shipped => OrderStatus.Shipped,
            _ => OrderStatus.Invoiced,
        });
        if (notice == CustomerNotice.Credited)
        {
            order = order.Credit(DocumentNumber.Parse("CN-2026-000003"), At.AddHours(1)).Order;
        }

        var email = OrderEmails.Compose(order, notice);

        Assert.Equal(subject, email.Subject);
        Assert.Contains(phrase, email.Text, StringComparison.Ordinal);
        Assert.StartsWith(language == Language.De ? "Hallo Ada," : "Hello Ada,", email.Text, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(subject), email.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.En, "Your order o-1 is waiting for stock", "We will ship your order as soon as the stock arrives")]
    [InlineData(Language.De, "Ihre Bestellung o-1 wartet auf Ware", "Wir versenden Ihre Bestellung, sobald die Ware eingetroffen ist")]
    public void Backordered_ShortLines_NamesOnlyThemAndPromisesToShip(Language language, string subject, string promise)
    {
        var priced = Priced(language) with { Lines = [.. Priced(language).Lines, new PricedLine(Sku.Parse("SAUCER"), "Saucer", 1, 500, 0.19m, 500, 95)] };
        var order = OrderJourney.Received("o-1", At).To(OrderStatus.Backordered, At, priced);

        var email = OutcomeEmails.Backordered(order, [Sku.Parse("SAUCER")]);

        Assert.Equal(("order/o-1/backordered", subject), (email.DeduplicationKey, email.Subject));
        Assert.Contains("1 × Saucer (SAUCER)", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("CUP", email.Text, StringComparison.Ordinal);
        Assert.Contains(promise, email.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.En, "Your order o-1 is cancelled", "Reason: You asked us to.")]
    [InlineData(Language.De, "Ihre Bestellung o-1 ist storniert", "Grund: You asked us to.")]
    public void Cancelled_WithTheCustomersReason_SaysItAndNothingElse(Language language, string subject, string reason)
    {
        var order = Order(language, OrderStatus.Reserved).Cancel("internal: fraud score 97", At).Order;

        var email = OutcomeEmails.Cancelled(order, new CancelNotice(OutOfStock: false, "You asked us to."));

        Assert.Equal(("order/o-1/cancelled", subject), (email.DeduplicationKey, email.Subject));
        Assert.Contains(reason, email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("fraud", email.Text + email.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.En, "We could not get the items in stock in time.")]
    [InlineData(Language.De, "Wir konnten die Artikel nicht rechtzeitig beschaffen.")]
    public void Cancelled_OutOfStock_SaysSoInTheLanguage(Language language, string why)
    {
        var order = Order(language, OrderStatus.Backordered).Cancel("The backorder limit passed without stock.", At).Order;

        var email = OutcomeEmails.Cancelled(order, new CancelNotice(OutOfStock: true));

        Assert.Contains(why, email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("backorder limit", email.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "Wir konnten Ihre Bestellung #1001 nicht annehmen")]
    [InlineData(null, "We could not accept your order #1001")]
    public void Rejected_BeforePricing_ToTheShopsCustomerWithoutTheReasons(string? language, string subject)
    {
        var order = OrderRecord.Accept(OrderId.Parse("o-shop-1"), "shopify", "1001", At, FulfilmentMode.Auto)
            .RejectInvalid(["lines[0].sku: SKU 'GONE' does not exist."], At).Order;

        var sent = new CanonicalOrder("1001", null, new CustomerDetails("Ada", "ada@example.test", Language: language), "EUR", [], null, null, Paid: true, OrderName: "#1001");

        var email = OutcomeEmails.Rejected(order, sent);

        Assert.Equal(("order/o-shop-1/rejected", "ada@example.test", subject), (email.DeduplicationKey, email.To, email.Subject));
        Assert.DoesNotContain("GONE", email.Text + email.Html, StringComparison.Ordinal);
        Assert.True(order.PlacedInShop);
        Assert.False(OrderJourney.Received("o-direct", At).PlacedInShop);
    }

    static PricedOrder Priced(Language language) => OrderJourney.Priced("o-1", paid: false) with
    {
        CustomerName = "Ada",
        Buyer = new Customer(CustomerId.Parse("c-1"), "Ada", "c@example.test", null, null) { Language = language },
    };

    static OrderRecord Order(Language language, OrderStatus stage) => OrderJourney.Received("o-1", At).To(stage, At, Priced(language));
}
