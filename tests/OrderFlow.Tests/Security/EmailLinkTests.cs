using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Email;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.Core.Security;
using OrderFlow.Core.Storage;

namespace OrderFlow.Tests.Security;

public class EmailLinkTests
{
    [Fact]
    public async Task Encode_EmailWithAPersonalLink_QueuesTheClaimsNeverTheSignedToken()
    {
        var links = new SignedLinks(Options.Create(new LinkOptions { SigningKey = "signing-key-0123456789abcdef-0123456789", PublicBaseUrl = "https://orderflow.example" }), TimeProvider.System);
        var access = new MeetingAccess("series-1", new DateOnly(2026, 12, 3), ParticipantRole.Employee);
        var meeting = new Meeting(new DateOnly(2026, 12, 3), new DateTime(2026, 12, 3, 10, 0, 0), new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.Zero));
        var message = new EmailMessage("oneonone/series-1/reminder", "eli@example.test", "Eli", "One-to-one", $"Your page: {EmailLink.Placeholder}", Link: MeetingLinks.EmailLinkFor(access, meeting));
        // Never reached: a message this small travels in the queue message itself.
        var codec = new OutboxMessageCodec(new BlobServiceClient("UseDevelopmentStorage=true"), new StorageNames(null), NullLogger<OutboxMessageCodec>.Instance);

        var queued = await codec.EncodeAsync(message, CancellationToken.None);

        var token = new MeetingLinks(links).Issue(access, meeting);
        Assert.DoesNotContain(token.Split('.')[1], queued, StringComparison.Ordinal);
        Assert.Contains(EmailLink.Placeholder, queued, StringComparison.Ordinal);
        // At send time the outbox signs the queued claims into the very link the ledger recorded.
        var decoded = (await codec.DecodeAsync(queued, CancellationToken.None)).Message!;
        Assert.Equal(token, links.Issue(decoded.Link!.Claims));
    }
}
