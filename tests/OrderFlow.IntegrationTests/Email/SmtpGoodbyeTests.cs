using System.Net;
using System.Net.Sockets;
using System.Text;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Email;

namespace OrderFlow.IntegrationTests.Email;

/// <summary>
/// A server that accepts the message and then never answers QUIT: the send still counts as done, even when the
/// caller's time runs out during the goodbye (MailKit ignores a failed QUIT). Pinned here because a send reported as
/// failed after the server accepted it would make the outbox send the email again.
/// </summary>
public sealed class SmtpGoodbyeTests
{
    [Fact]
    public async Task Send_ServerSilentOnQuitAfterAccepting_SucceedsWithOneDelivery()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = AcceptOneAndHangUpOnQuitAsync(listener);
        var sender = new SmtpEmailSender(
            Options.Create(new EmailOptions { FromAddress = "orders@example.test", Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port } }),
            () => new SmtpClient());

        // As the outbox does, the caller gives the send a time limit; here it runs out while the server stays silent.
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await sender.SendAsync(new EmailMessage("order/quit-1/shipped", "buyer@example.com", "Buyer", "Your order has shipped", "On its way."), limit.Token);

        Assert.Equal(1, await server);
    }

    /// <summary>Speaks just enough SMTP for one message and ignores QUIT; answers the number of messages it accepted.</summary>
    static async Task<int> AcceptOneAndHangUpOnQuitAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost ready");
        var accepted = 0;
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Split(' ')[0].ToUpperInvariant();
            if (command == "QUIT")
            {
                // Silent until the client gives up and closes the connection.
                while (await reader.ReadLineAsync() is not null)
                {
                }
                return accepted;
            }
            if (command == "DATA")
            {
                await writer.WriteLineAsync("354 go ahead");
                while (await reader.ReadLineAsync() is { } data && data != ".")
                {
                }
                accepted++;
            }
            await writer.WriteLineAsync(command is "EHLO" or "HELO" ? "250 localhost" : "250 OK");
        }
        return accepted;
    }
}
