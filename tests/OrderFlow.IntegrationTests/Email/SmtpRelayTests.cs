using System.Security.Cryptography.X509Certificates;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Email;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Email;

/// <summary>
/// The sender against a relay configured like Azure Communication Services' (smtp.azurecomm.net:587): STARTTLS first,
/// then a login with the Entra app's credentials. Only the test trusts the relay's throwaway certificate.
/// </summary>
public sealed class SmtpRelayTests : IAsyncLifetime
{
    readonly LocalSmtpRelay relay = LocalSmtpRelay.RequireStartTlsAndLogin();

    static readonly EmailMessage Message = new("order/acs-1/shipped", "buyer@example.com", "Buyer", "Your order has shipped", "On its way.");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await relay.DisposeAsync();

    SmtpEmailSender Sender(SmtpSecurity security, string? password, SmtpClientFactory clients) => new(
        Options.Create(new EmailOptions
        {
            FromAddress = "DoNotReply@example.azurecomm.net",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = relay.Port, Security = security, UserName = password is null ? null : LocalSmtpRelay.UserName, Password = password },
        }),
        clients);

    /// <summary>Pins this relay's certificate; the production default (system trust, no callback) stays untouched.</summary>
    static SmtpClientFactory Trusting(X509Certificate2 certificate) => () => new SmtpClient
    {
        ServerCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetRawCertData().AsSpan().SequenceEqual(certificate.RawData),
    };

    [Fact]
    public async Task Send_StartTlsAndEntraCredentials_DeliversOverTlsAsTheUser()
    {
        await Sender(SmtpSecurity.StartTls, LocalSmtpRelay.Password, Trusting(relay.Certificate)).SendAsync(Message, CancellationToken.None);

        var received = Assert.Single(relay.Received);
        Assert.Equal(new ReceivedMail(LocalSmtpRelay.UserName, OverTls: true, "\"Buyer\" <buyer@example.com>", "Your order has shipped"), received);
    }

    [Fact]
    public async Task Send_WrongPassword_FailsAndNothingIsDelivered()
    {
        var sender = Sender(SmtpSecurity.StartTls, "not-the-secret", Trusting(relay.Certificate));

        await Assert.ThrowsAsync<AuthenticationException>(() => sender.SendAsync(Message, CancellationToken.None));
        Assert.Empty(relay.Received);
    }

    [Fact]
    public async Task Send_PlainTextWithoutLogin_IsRefusedByTheRelay()
    {
        var sender = Sender(SmtpSecurity.None, password: null, Trusting(relay.Certificate));

        await Assert.ThrowsAsync<ServiceNotAuthenticatedException>(() => sender.SendAsync(Message, CancellationToken.None));
        Assert.Empty(relay.Received);
    }

    [Fact]
    public async Task Send_DefaultClientAndAnUntrustedCertificate_RefusesTheConnection()
    {
        // The production client factory validates certificates: a self-signed relay certificate is not accepted.
        var sender = Sender(SmtpSecurity.StartTls, LocalSmtpRelay.Password, () => new SmtpClient());

        await Assert.ThrowsAsync<SslHandshakeException>(() => sender.SendAsync(Message, CancellationToken.None));
        Assert.Empty(relay.Received);
    }
}
