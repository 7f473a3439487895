using OrderFlow.Core.Email;
using OrderFlow.Core.Invoicing.Pdf;
using OrderFlow.Core.Invoicing.Ubl;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// An invoice's or credit note's email carries the document twice: as the PDF people read and as the UBL e-invoice an
/// accounting system reads. Both are made from the stored document as the email is sent: a document does not change
/// after issue (later payments and credits are not part of it), so every attempt sends the same files, and the queue
/// and the SentEmails row never hold a PDF, which would outgrow a queue message (64 KiB) or a table property.
/// </summary>
public sealed class InvoiceAttachments(InvoiceLedger ledger, InvoicePdf pdf, UblWriter ubl) : IEmailAttachments
{
    public async Task<IReadOnlyList<EmailAttachment>> MakeAsync(string source, CancellationToken cancellationToken)
    {
        var document = await ledger.FindAsync(DocumentNumber.Parse(source), cancellationToken)
            ?? throw new InvalidOperationException($"The email's document {source} is not in the ledger.");
        return
        [
            new EmailAttachment($"{document.Number}.pdf", InvoicePdf.ContentType, pdf.Write(document)),
            new EmailAttachment($"{document.Number}.xml", "application/xml", ubl.Write(document)),
        ];
    }
}
