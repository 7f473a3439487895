using OrderFlow.Core.Common;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Core.Customers;

public sealed record Customer(string Id, string Name, string Email, MoneyDto? CreditLimit, PostalAddress? ShippingAddress);
