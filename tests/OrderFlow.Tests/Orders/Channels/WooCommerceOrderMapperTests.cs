using OrderFlow.Core.Orders.Channels;
using OrderFlow.Core.Orders.Intake;
using static OrderFlow.Tests.Orders.Channels.WooCommerceSamples;

namespace OrderFlow.Tests.Orders.Channels;

public class WooCommerceOrderMapperTests
{
    static CanonicalOrder NewOrder(byte[] body)
    {
        var message = Assert.IsType<ChannelMessage.NewOrder>(WooCommerceOrderMapper.Map("order.created", Source, body));
        Assert.Equal(Shop, message.Shop);
        return message.Order;
    }

    [Fact]
    public void Map_OrderCreated_MapsEveryField()
    {
        var order = NewOrder(ProcessingOrder);

        Assert.Equal("727", order.ExternalId);
        Assert.Null(order.CustomerId);
        Assert.Equal(new CustomerDetails("Jürgen Weiß", "j.weiss@example.com"), order.Customer);
        Assert.Equal("EUR", order.Currency);
        Assert.Equal(
            [new CanonicalLine("CUP-1", 2, "24.50", Charged: new("49.00", "0.00", null, null)), new CanonicalLine("SAUCER-1", 1, "5.00", Charged: new("5.00", "0.00", null, null))],
            order.Lines);
        Assert.Equal(new ShopCharges(false, "58.90", "0", null), order.Charged);
        Assert.Equal(new PostalAddress("Lindenallee 12", "Hinterhaus", "Köln", "50667", "NW", "DE"), order.ShippingAddress);
        Assert.Equal("4.90", order.ShippingCost);
        Assert.True(order.Paid);
    }

    [Fact]
    public void Map_Coupon_LinesBeforeAndAfterItWithTheirTaxAndRate()
    {
        var order = NewOrder(CouponOrder);

        Assert.Equal(new ShopCharges(PricesIncludeTax: false, Total: "63.67", ShippingTax: "0.93", ShippingTaxRate: "0.19"), order.Charged);
        Assert.Equal([new ShopLineCharge("49.00", "4.90", "8.38", "0.19"), new ShopLineCharge("5.00", "0.50", "0.86", "0.19")], order.Lines!.Select(l => l!.Charged));
        Assert.True(CanonicalOrderChecks.Check(order).IsEmpty);
    }

    [Theory]
    [InlineData("_billing_vat_number", "de 123.456.789", "DE123456789")]
    [InlineData("_vat_number", "ATU13585627", "ATU13585627")]
    [InlineData("_shipping_phone", "DE123456789", null)]
    public void Map_VatNumberInMetaData_CustomersVatId(string key, string value, string? vatId)
    {
        var order = NewOrder(Bytes($$"""
            {"billing":{"first_name":"Jürgen","last_name":"Weiß","email":"j.weiss@example.com"},
             "meta_data":[{"id":1,"key":"_order_source","value":"web"},{"id":2,"key":"{{key}}","value":"{{value}}"}]}
            """));

        Assert.Equal(new CustomerDetails("Jürgen Weiß", "j.weiss@example.com", vatId), order.Customer);
    }

    [Theory]
    [InlineData("24.5", "24.50")]
    [InlineData("5", "5.00")]
    [InlineData("1e1", "10.00")]
    [InlineData("8.333333333333334", "8.33")]
    // 1.005 is 1.00499999... as a double; read as a decimal it rounds up, as a shop would show it.
    [InlineData("1.005", "1.01")]
    public void Map_NumericPrice_DecimalStringWithTwoPlaces(string price, string expected)
    {
        var order = NewOrder(Bytes($$"""{"line_items":[{"sku":"CUP-1","quantity":1,"price":{{price}}}]}"""));

        Assert.Equal(expected, Assert.Single(order.Lines!)!.UnitPrice);
    }

    [Theory]
    [InlineData("pending", null, false)]
    [InlineData("on-hold", null, false)]
    [InlineData("processing", null, true)]
    [InlineData("completed", null, true)]
    [InlineData("on-hold", "2026-03-02T10:16:12", true)]
    public void Map_OrderCreated_PaidFromDatePaidOrStatus(string status, string? datePaid, bool paid) =>
        Assert.Equal(paid, NewOrder(Update(status, datePaid)).Paid);

    [Fact]
    public void Map_MissingAndWrongTypedFields_MapsToNulls()
    {
        var order = NewOrder(DamagedOrder);

        Assert.Equal("728", order.ExternalId);
        Assert.Null(order.Customer);
        Assert.Null(order.Currency);
        Assert.Equal([new CanonicalLine(null, null, "n/a", Charged: new(null, null, null, null))], order.Lines);
        Assert.Equal(new PostalAddress("Lindenallee 12", null, null, null, null, null), order.ShippingAddress);
        Assert.Null(order.ShippingCost);
        Assert.False(order.Paid);
    }

    [Theory]
    [InlineData("cancelled", null)]
    [InlineData("cancelled", "2026-03-02T10:16:12")]
    public void Map_OrderUpdatedToCancelled_CancelledEvent(string status, string? datePaid) =>
        Assert.Equal(new ChannelMessage.Cancelled(Shop, "727"), WooCommerceOrderMapper.Map("order.updated", Source, Update(status, datePaid)));

    [Fact]
    public void Map_OrderUpdatedWithDatePaid_PaidEvent() =>
        Assert.Equal(new ChannelMessage.Paid(Shop, "727"), WooCommerceOrderMapper.Map("order.updated", Source, Update("processing", "2026-03-02T10:16:12")));

    [Fact]
    public void Map_OrderUpdatedOtherwise_Ignored() =>
        Assert.IsType<ChannelMessage.Ignored>(WooCommerceOrderMapper.Map("order.updated", Source, Update("on-hold", null)));

    [Theory]
    [InlineData("refunded")]
    [InlineData("on-hold")]
    [InlineData("failed")]
    public void Map_OrderUpdatedWithDatePaidButNotPaidStatus_IgnoredSayingWhy(string status)
    {
        var ignored = Assert.IsType<ChannelMessage.Ignored>(WooCommerceOrderMapper.Map("order.updated", Source, Update(status, "2026-03-02T10:16:12")));

        Assert.Contains($"status is '{status}'", ignored.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_OrderUpdatedPaidWithoutTotal_Ignored() =>
        Assert.IsType<ChannelMessage.Ignored>(WooCommerceOrderMapper.Map("order.updated", Source, Bytes("""{"id":727,"status":"processing","date_paid":"2026-03-02T10:16:12"}""")));

    [Fact]
    public void Map_OrderDeleted_CancelledEvent() =>
        Assert.Equal(new ChannelMessage.Cancelled(Shop, "727"), WooCommerceOrderMapper.Map("order.deleted", Source, Bytes("""{"id":727}""")));

    [Fact]
    public void Map_OrderCreatedBodySentAsDeleted_IgnoredSayingWhy()
    {
        var ignored = Assert.IsType<ChannelMessage.Ignored>(WooCommerceOrderMapper.Map("order.deleted", Source, ProcessingOrder));

        Assert.Contains("status is 'processing'", ignored.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("product.updated")]
    [InlineData("order.restored")]
    public void Map_OtherTopic_IgnoredNamingTheTopic(string topic)
    {
        var ignored = Assert.IsType<ChannelMessage.Ignored>(WooCommerceOrderMapper.Map(topic, Source, ProcessingOrder));

        Assert.Contains(topic, ignored.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_BodyNotJson_InvalidNamingTheProblem()
    {
        var invalid = Assert.IsType<ChannelMessage.Invalid>(WooCommerceOrderMapper.Map("order.created", Source, Bytes("webhook_id=12")));

        Assert.Contains("not valid JSON", invalid.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, Source, "X-WC-Webhook-Topic", "X-WC-Webhook-Topic")]
    [InlineData("order.created", "", "X-WC-Webhook-Source", "X-WC-Webhook-Source")]
    [InlineData("order.deleted", Source, "'id'", "id")]
    public void Map_MissingHeaderOrOrderId_InvalidNamingIt(string? topic, string? source, string named, string field)
    {
        var invalid = Assert.IsType<ChannelMessage.Invalid>(WooCommerceOrderMapper.Map(topic, source, Bytes("{}")));

        Assert.Equal(field, invalid.Field);
        Assert.Contains(named, invalid.Reason, StringComparison.Ordinal);
    }

    // Found by generated inputs: an escaped lone surrogate parses but throws when read, which was a 500.
    [Fact]
    public void Map_DeletedWithALoneSurrogateInItsId_InvalidNamingTheId()
    {
        var invalid = Assert.IsType<ChannelMessage.Invalid>(WooCommerceOrderMapper.Map("order.deleted", Source, Bytes("""{"id":"\ude00"}""")));

        Assert.Equal("id", invalid.Field);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "webhook_id=12", true)]
    [InlineData("application/x-www-form-urlencoded; charset=UTF-8", "webhook_id=4711", true)]
    [InlineData(null, "webhook_id=12", true)]
    [InlineData("application/json", "webhook_id=12", false)]
    [InlineData("application/x-www-form-urlencoded", "webhook_id=", false)]
    [InlineData("application/x-www-form-urlencoded", "webhook_id=12&x=1", false)]
    [InlineData("application/json", """{"id":727}""", false)]
    public void IsPing_CreationPingOnly_Recognised(string? contentType, string body, bool expected) =>
        Assert.Equal(expected, WooCommerceOrderMapper.IsPing(contentType, Bytes(body)));

    [Fact]
    public void Map_OrderNumber_IsTheBuyersReference()
    {
        Assert.Equal("727", NewOrder(ProcessingOrder).OrderName);
    }

    [Theory]
    [InlineData("""{"lang":"de"}""", "de")]
    [InlineData("""{"meta_data":[{"id":3,"key":"wpml_language","value":"de"}]}""", "de")]
    [InlineData("""{"meta_data":[{"id":3,"key":"wpml_language","value":"it"}]}""", null)]
    public void Map_WpmlLanguage_LanguageWeWriteInOrNone(string fields, string? language)
    {
        var order = NewOrder(Bytes("""{"billing":{"first_name":"A","last_name":"B","email":"a@example.test"},""" + fields[1..]));

        Assert.Equal(language, order.Customer!.Language);
    }
}
