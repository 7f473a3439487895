using System.Security.Cryptography;
using System.Text;

namespace OrderFlow.Core.Orders;

/// <summary>
/// An order's ID, derived from where it came from: the same (source, shop, external ID) always gives the same ID,
/// which is also the orchestration instance ID, so repeated and concurrent deliveries collapse into one order.
/// </summary>
public static class OrderIds
{
    public static OrderId From(string source, string shop, string externalId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{source}\n{shop.ToLowerInvariant()}\n{externalId}"));
        return OrderId.Parse($"{source}-{Convert.ToHexStringLower(hash)[..20]}");
    }
}
