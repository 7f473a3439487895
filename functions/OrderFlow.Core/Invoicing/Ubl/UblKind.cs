using System.Xml.Linq;

namespace OrderFlow.Core.Invoicing.Ubl;

/// <summary>
/// What differs between a UBL Invoice and a UBL CreditNote: root, type code (UNTDID 1001), line names, and whether
/// the document has a due date (BT-9; a credit note states its terms only).
/// </summary>
sealed record UblKind(XName Root, string TypeCodeElement, string TypeCode, string LineElement, string QuantityElement, bool HasDueDate)
{
    static readonly UblKind Invoice = new(
        XNamespace.Get("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2") + "Invoice", "InvoiceTypeCode", "380", "InvoiceLine", "InvoicedQuantity", HasDueDate: true);

    static readonly UblKind CreditNote = new(
        XNamespace.Get("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") + "CreditNote", "CreditNoteTypeCode", "381", "CreditNoteLine", "CreditedQuantity", HasDueDate: false);

    public static UblKind For(DocumentType type) => type == DocumentType.Invoice ? Invoice : CreditNote;
}
