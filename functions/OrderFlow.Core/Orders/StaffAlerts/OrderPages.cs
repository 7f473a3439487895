using Microsoft.Extensions.Options;
using OrderFlow.Core.Security;

namespace OrderFlow.Core.Orders.StaffAlerts;

/// <summary>Where the back office shows an order, for the links in staff emails: "{PublicBaseUrl}/orders/{id}".</summary>
public sealed class OrderPages(IOptions<LinkOptions> links)
{
    public Uri For(string orderId) => new($"{links.Value.PublicBaseUrl.TrimEnd('/')}/orders/{Uri.EscapeDataString(orderId)}");
}
