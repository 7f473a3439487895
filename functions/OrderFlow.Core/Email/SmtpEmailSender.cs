using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace OrderFlow.Core.Email;

/// <summary>Makes the MailKit client for one send; the default validates the server's certificate the usual way.</summary>
public delegate SmtpClient SmtpClientFactory();

/// <summary>
/// Sends through an SMTP relay with MailKit: Azure Communication Services (smtp.azurecomm.net:587, STARTTLS, Entra app
/// credentials) in Azure, smtp4dev locally.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, SmtpClientFactory clients) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName, message.To));
        mime.Subject = message.Subject;
        // Lets the mail server and the recipient's client spot a duplicate, should one ever slip through.
        mime.MessageId = $"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(message.DeduplicationKey)))[..32]}@orderflow";
        mime.Body = Body(message);

        using var client = clients();
        // MailKit waits two minutes for each answer; the outbox waits as long as a server may take (and stops the send).
        client.Timeout = (int)EmailOutbox.SendTimeout.TotalMilliseconds;
        await client.ConnectAsync(settings.Smtp.Host!, settings.Smtp.Port, SocketOptions(settings.Smtp.Security), cancellationToken);
        if (settings.Smtp.UserName is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, settings.Smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };

    /// <summary>
    /// The text, beside its HTML or calendar form as multipart/alternative (the calendar as text/calendar, iMIP), in a
    /// multipart/mixed with the files when there are any.
    /// </summary>
    static MimeEntity Body(EmailMessage message)
    {
        var builder = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html };
        foreach (var file in message.Files)
        {
            builder.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
        }
        var body = builder.ToMessageBody();
        if (message.Calendar is not { } calendar)
        {
            return body;
        }
        var ics = new TextPart("calendar") { Text = calendar.Content };
        ics.ContentType.Charset = "utf-8";
        ics.ContentType.Parameters.Add("method", calendar.Method);
        return new MultipartAlternative { body, ics };
    }
}
