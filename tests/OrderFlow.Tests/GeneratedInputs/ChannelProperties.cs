using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Orders.Channels;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Functions.Http;
using OrderFlow.Tests.Orders.Channels;

namespace OrderFlow.Tests.GeneratedInputs;

/// <summary>The order doors: shop webhooks, the canonical order body and the generic webhook's signature header.</summary>
public static class ChannelProperties
{
    const string Shop = "orderflow-demo.myshopify.com";
    const string Secret = "generic-secret-of-some-length";
    static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    static Gen<string?> Header(params string[] plausible) => Gen.Frequency(
        (8, Gen.Elements(plausible).Select(h => (string?)h)),
        (1, Gen.Constant<string?>(null)),
        (1, AnyText.Text.Select(h => (string?)h)));

    public static Property ShopifyWebhook() => Prop.ForAll(
        Gen.Zip(Gen.Zip(Header("orders/create", "orders/paid", "orders/cancelled", " orders/create "), Header(Shop)), OrderBodies.OrJunk(OrderBodies.Shopify)).ToArbitrary(),
        input => ChannelDoor.Answer(ShopifyOrderMapper.Map(input.Item1.Item1, input.Item1.Item2, input.Item2), "shopify").ExpectSuccessOrFieldProblem());

    public static Property WooCommerceWebhook() => Prop.ForAll(
        Gen.Zip(Gen.Zip(Header("order.created", "order.updated", "order.deleted"), Header("https://shop.orderflow.local/")), OrderBodies.OrJunk(OrderBodies.WooCommerce)).ToArbitrary(),
        input => ChannelDoor.Answer(WooCommerceOrderMapper.Map(input.Item1.Item1, input.Item1.Item2, input.Item2), "woocommerce").ExpectSuccessOrFieldProblem());

    /// <summary>POST /api/orders: the body read as the trigger reads it, then the direct order's checks.</summary>
    public static Property CanonicalOrderBody() => Prop.ForAll(
        OrderBodies.OrJunk(OrderBodies.Canonical(AnyText.Mostly("PO-1", "A.b_c-9"))).ToArbitrary(),
        body => DirectOrderAnswer(body).ExpectSuccessOrFieldProblem());

    static DoorAnswer DirectOrderAnswer(byte[] body)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(body);
        var read = JsonBody.ReadAsync<CanonicalOrder>(context.Request, CancellationToken.None).GetAwaiter().GetResult();
        if (read.Error is not null)
        {
            return DoorAnswer.Of(read.Error);
        }
        var errors = CanonicalOrderChecks.CheckDirect(read.Value);
        return errors.IsEmpty ? ChannelDoor.Intake("api", "direct", read.Value!) : DoorAnswer.Refused(errors);
    }

    /// <summary>Any header verifies or not without throwing; the right one verifies and any one character changed in it does not.</summary>
    public static Property GenericSignatureHeader() => Prop.ForAll(
        Gen.Zip(OrderBodies.AnyBytes, Gen.Zip(Gen.Zip(Gen.Choose(-400, 400), Gen.Choose(0, 1000)), AnyText.Text)).ToArbitrary(),
        input =>
        {
            var (body, ((skew, position), junk)) = input;
            var signature = new OrderFlowSignature(new FixedTimeProvider(Now));
            var header = SignedHeader(body, Now.ToUnixTimeSeconds() + skew);
            Expect.That(signature.Verify(body, header, Secret) == (Math.Abs(skew) <= OrderFlowSignature.Tolerance.TotalSeconds), $"'{header}' verifies exactly when fresh");
            var changed = ChangeOneCharacter(header, position);
            Expect.That(!signature.Verify(body, changed, Secret), $"'{changed}' (one character changed) is refused");
            signature.Verify(body, junk, Secret);
            signature.Verify(body, header + "," + junk, Secret);
        });

    static string SignedHeader(byte[] body, long seconds)
    {
        var t = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), (byte[])[.. Encoding.ASCII.GetBytes(t + "."), .. body]);
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>One character replaced by another that means something else (a hex digit's other case means the same).</summary>
    public static string ChangeOneCharacter(string text, int position)
    {
        var i = position % text.Length;
        var replacement = text[i] == 'z' ? 'y' : char.IsAsciiDigit(text[i]) ? (char)('0' + (text[i] - '0' + 1) % 10) : 'z';
        return string.Concat(text.AsSpan(0, i), replacement.ToString(), text.AsSpan(i + 1));
    }
}
