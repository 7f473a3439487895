using OrderFlow.Core.Invoicing;

namespace OrderFlow.Core.Orders;

/// <summary>The invoice and the credit note that voids it.</summary>
public sealed partial record OrderRecord
{
    /// <summary>Invoiced with <paramref name="number"/>: once stock is reserved, on confirmation or with the last parcel.</summary>
    public OrderChange Invoice(DocumentNumber number, DateTimeOffset at)
    {
        if (InvoiceNumber == number)
        {
            return OrderChange.Unchanged(this);
        }
        return Status.IsFinal() || InvoiceNumber is not null || !HasReached(OrderStatus.Reserved)
            ? WrongStage("invoices")
            : OrderChange.To(Enter(OrderStatus.Invoiced, at, number.Value) with { InvoiceNumber = number });
    }

    /// <summary>
    /// A credit note voided the order's invoice (it is being cancelled or has failed). Always taken: the invoice may
    /// have been issued by a step that failed before it could record it here.
    /// </summary>
    public OrderChange Credit(DocumentNumber creditNoteNumber, DateTimeOffset at) =>
        OrderChange.To(Mark(Milestone.Credited, at, creditNoteNumber.Value) with { CreditNoteNumber = creditNoteNumber });
}
