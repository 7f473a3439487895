using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using OrderFlow.DevHost.Dependencies;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// An SMTP server in this process. As a relay like Azure Communication Services' (<see cref="RequireStartTlsAndLogin"/>)
/// it offers STARTTLS with a throwaway self-signed certificate and accepts mail only after a login over TLS; as a
/// refusing relay it turns every recipient away. It records what arrived and every delivery attempt.
/// </summary>
sealed class LocalSmtpRelay : IAsyncDisposable
{
    public const string UserName = "orderflow-acs-user";
    public const string Password = "entra-app-client-secret";

    readonly CancellationTokenSource stop = new();
    readonly Task running;

    LocalSmtpRelay(bool requireStartTlsAndLogin, bool refuseRecipients)
    {
        Port = FreePort.Next();
        Certificate = SelfSignedCertificate();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(endpoint =>
        {
            endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port));
            if (requireStartTlsAndLogin)
            {
                endpoint.Certificate(Certificate).AllowUnsecureAuthentication(false).AuthenticationRequired();
            }
        }).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new DelegatingUserAuthenticator((user, password) => user == UserName && password == Password));
        var recorder = new Recorder(this, refuseRecipients);
        services.Add((IMailboxFilter)recorder);
        services.Add((IMessageStore)recorder);
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public int Port { get; }

    public X509Certificate2 Certificate { get; }

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    /// <summary>Recipients offered, accepted or not: one per delivery attempt of a one-recipient email.</summary>
    public int RecipientAttempts => recipientAttempts;

    int recipientAttempts;

    public static LocalSmtpRelay RequireStartTlsAndLogin() => new(requireStartTlsAndLogin: true, refuseRecipients: false);

    public static LocalSmtpRelay RefuseEveryRecipient() => new(requireStartTlsAndLogin: false, refuseRecipients: true);

    /// <summary>A plain relay that accepts everything.</summary>
    public static LocalSmtpRelay AcceptAll() => new(requireStartTlsAndLogin: false, refuseRecipients: false);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await running.ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
        Certificate.Dispose();
    }

    static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Through PKCS#12 so that the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    sealed class Recorder(LocalSmtpRelay relay, bool refuseRecipients) : MessageStore, IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref relay.recipientAttempts);
            return Task.FromResult(!refuseRecipients);
        }

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            relay.Received.Enqueue(new ReceivedMail(context.Authentication.User, context.Pipe.IsSecure, message.To.ToString(), message.Subject ?? ""));
            return SmtpResponse.Ok;
        }
    }
}

sealed record ReceivedMail(string? User, bool OverTls, string To, string Subject);
