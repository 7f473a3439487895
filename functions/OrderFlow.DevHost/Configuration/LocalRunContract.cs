using System.Net;
using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.DevHost.Configuration;

/// <summary>
/// Fills in every setting of the local run contract (docs/architecture.md §5) that is not set, starting Azurite and
/// smtp4dev when no storage or SMTP server is configured (Azurite supervised, <see cref="AzuriteSupervisor"/>). What it
/// chose is returned for the start-up banner.
/// </summary>
static class LocalRunContract
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    // Demo values, printed at start-up; real deployments set their own secrets and shops.
    static readonly Dictionary<string, string> DemoWebhooks = new()
    {
        ["OrderFlow:Webhooks:Shopify:Secret"] = "shopify-demo-secret",
        ["OrderFlow:Webhooks:Shopify:ShopDomains"] = "orderflow-demo.myshopify.com",
        ["OrderFlow:Webhooks:WooCommerce:Secret"] = "woocommerce-demo-secret",
        ["OrderFlow:Webhooks:WooCommerce:Sources"] = "https://shop.orderflow.local",
        ["OrderFlow:Webhooks:Generic:Secret"] = "generic-demo-secret",
    };

    // The demo seller named on invoices and credit notes (UBL); a real deployment sets OrderFlow__Seller__*.
    internal static readonly Dictionary<string, string> DemoSeller = new()
    {
        ["OrderFlow:Seller:Name"] = "OrderFlow Demo GmbH",
        ["OrderFlow:Seller:VatId"] = "DE123456789",
        ["OrderFlow:Seller:EndpointId"] = "DE123456789",
        ["OrderFlow:Seller:EndpointScheme"] = "9930",
        ["OrderFlow:Seller:Street"] = "Friedrichstraße 68",
        ["OrderFlow:Seller:City"] = "Berlin",
        ["OrderFlow:Seller:PostalCode"] = "10117",
        ["OrderFlow:Seller:Country"] = "DE",
        ["OrderFlow:Seller:Email"] = "billing@orderflow.local",
        ["OrderFlow:Seller:ContactName"] = "Accounts receivable",
        ["OrderFlow:Seller:Phone"] = "+49 30 1234567",
        ["OrderFlow:Seller:Iban"] = "DE89370400440532013000",
        ["OrderFlow:Seller:Bic"] = "COBADEFFXXX",
    };

    public static async Task<LocalRunInfo> ApplyAsync(
        ConfigurationManager configuration, LocalState state, ChildProcesses children, ILoggerFactory logging, CancellationToken cancellationToken)
    {
        var defaults = new Dictionary<string, string?>();
        var (url, reserved) = ListenUrl(configuration["urls"]);
        defaults["urls"] = url;
        SetIfMissing(configuration, defaults, "OrderFlow:PublicBaseUrl", url);
        SetIfMissing(configuration, defaults, "DevHost:SeedDemoData", "true");
        // Manual as in production: the demo's live orders wait for a person at each stage (demo-data.json).
        SetIfMissing(configuration, defaults, "OrderFlow:Fulfilment:Mode", "Manual");
        // The demo directory's approvers and operations (demo-data.json); a deployment names its own people.
        SetIfMissing(configuration, defaults, "OrderFlow:Approvals:Notify", "oliver.hughes@orderflow.example,ethan.brooks@orderflow.example");
        SetIfMissing(configuration, defaults, "OrderFlow:Operations:Notify", "chloe.rivera@orderflow.example");
        SetIfMissing(configuration, defaults, "OrderIntakeQueue", "order-intake");
        SetIfMissing(configuration, defaults, "EmailOutboxQueue", "email-outbox");
        SetIfMissing(configuration, defaults, "OrderStartQueue", "order-starts");
        SetIfMissing(configuration, defaults, "SurveyInvitationsQueue", "survey-invitations");
        SetIfMissing(configuration, defaults, "StuckStepSweepSchedule", "0 */5 * * * *");
        foreach (var (key, value) in DemoWebhooks.Concat(DemoSeller))
        {
            SetIfMissing(configuration, defaults, key, value);
        }

        var secrets = LocalSecrets.LoadOrCreate(state.PathOf("keys.json"));
        SetIfMissing(configuration, defaults, "DevHost:HostKey", secrets.HostKey);
        SetIfMissing(configuration, defaults, "DevHost:FinanceKey", secrets.FinanceKey);
        SetIfMissing(configuration, defaults, "OrderFlow:Links:SigningKey", secrets.LinksSigningKey);
        SetIfMissing(configuration, defaults, "OrderFlow:Surveys:AnswerKey", secrets.AnswerKey);
        SetIfMissing(configuration, defaults, "OrderFlow:OneOnOnes:NotesKey", secrets.NotesKey);
        LocalAccess.Apply(configuration, defaults, secrets);

        // Azurite and smtp4dev start side by side: each takes a few seconds.
        var azurite = string.IsNullOrEmpty(configuration["AzureWebJobsStorage"])
            ? new AzuriteSupervisor(state, children, Azurite.DataDirectory(state), logging.CreateLogger<AzuriteSupervisor>()).StartAsync(cancellationToken)
            : null;
        var smtp4dev = string.IsNullOrEmpty(configuration["OrderFlow:Email:Smtp:Host"]) ? Smtp4Dev.StartAsync(state, children, cancellationToken) : null;
        AzuritePorts? azuritePorts = null;
        if (azurite is not null)
        {
            azuritePorts = await azurite;
            defaults["AzureWebJobsStorage"] = azuritePorts.Value.ConnectionString;
        }
        Uri? mailUi = null;
        if (smtp4dev is not null)
        {
            var (smtpPort, webUi) = await smtp4dev;
            defaults["OrderFlow:Email:Smtp:Host"] = "127.0.0.1";
            defaults["OrderFlow:Email:Smtp:Port"] = $"{smtpPort}";
            mailUi = webUi;
        }
        configuration.AddInMemoryCollection(defaults);
        return new LocalRunInfo(new Uri(url), azuritePorts, mailUi, reserved);
    }

    static void SetIfMissing(ConfigurationManager configuration, Dictionary<string, string?> defaults, string key, string value)
    {
        if (string.IsNullOrEmpty(configuration[key]))
        {
            defaults[key] = value;
        }
    }

    /// <summary>The first of ASPNETCORE_URLS; for port 0 a port is bound now, so links can name it before start.</summary>
    static (string Url, ReservedPort? Reserved) ListenUrl(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? DefaultUrl;
        var uri = new Uri(first);
        if (uri.Port != 0)
        {
            return (first.TrimEnd('/'), null);
        }
        var reserved = ReservedPort.Bind(IPAddress.Parse(uri.Host));
        return ($"{uri.Scheme}://{uri.Host}:{reserved.Port}", reserved);
    }
}

/// <summary>
/// Where DevHost serves and what it started (<see cref="Azurite"/>: where the Azurite it started listens); <see cref="Reserved"/>
/// is the port bound for it when asked for port 0.
/// </summary>
sealed record LocalRunInfo(Uri BaseAddress, AzuritePorts? Azurite, Uri? MailUi, ReservedPort? Reserved = null);
