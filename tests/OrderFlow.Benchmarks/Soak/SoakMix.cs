namespace OrderFlow.Benchmarks.Soak;

enum OrderChannel { Shopify, WooCommerce, Webhook, Api, Queue }

/// <summary>
/// What the n-th order of the soak is: its channel (the five in turn), whether it arrives paid (shop orders always;
/// the others every second time round, the rest pay by a payment event), and whether it is cancelled instead of picked.
/// </summary>
readonly record struct SoakOrder(int Number, OrderChannel Channel, bool Paid, bool Cancelled)
{
    // Coprime with the five channels, so cancellations fall on each channel in turn: about 4 % of the orders.
    const int CancelEvery = 23;

    public static SoakOrder Of(int number)
    {
        var channel = (OrderChannel)(number % 5);
        var paid = channel is OrderChannel.Shopify or OrderChannel.WooCommerce or OrderChannel.Webhook || number / 5 % 2 == 0;
        return new SoakOrder(number, channel, paid, number % CancelEvery == 0);
    }

    public string ExternalId => $"SOAK-{Number}";
}
