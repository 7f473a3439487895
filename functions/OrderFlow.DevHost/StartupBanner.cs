using OrderFlow.DevHost.Dependencies;
using OrderFlow.DevHost.Discovery;

namespace OrderFlow.DevHost;

/// <summary>What a person needs to use the running app: addresses, keys and demo secrets. Written to standard error when
/// standard output carries JSON lines, so a tool reading them finds nothing else there.</summary>
static class StartupBanner
{
    public static void Print(TextWriter console, DevHostServer server, FunctionCatalog catalog, LocalState state)
    {
        var config = server.Configuration;
        var baseUrl = server.Info.BaseAddress.ToString().TrimEnd('/');
        var lines = new List<string>
        {
            "",
            $"OrderFlow DevHost is running on {baseUrl}",
            $"  Back office         {baseUrl}/   (sign in as a demo user at {baseUrl}/.auth/login/dev)",
            $"  API                 {baseUrl}/api   (OpenAPI: {baseUrl}/api/openapi.json, health: {baseUrl}/api/health)",
            $"  Host key            {config["DevHost:HostKey"]}   (header x-functions-key, or ?code=: the integration key, every API route)",
            $"  Finance key         {config["DevHost:FinanceKey"]}   (reads invoices and reports only)",
            $"  Shopify secret      {config["OrderFlow:Webhooks:Shopify:Secret"]}   (shops: {config["OrderFlow:Webhooks:Shopify:ShopDomains"]})",
            $"  WooCommerce secret  {config["OrderFlow:Webhooks:WooCommerce:Secret"]}   (sites: {config["OrderFlow:Webhooks:WooCommerce:Sources"]})",
            $"  Generic secret      {config["OrderFlow:Webhooks:Generic:Secret"]}",
            $"  Link, answer, notes keys kept in {state.PathOf("keys.json")}",
            $"  Storage             {(server.Info.Azurite is { } azurite ? $"Azurite on ports {azurite.Blob} (blob), {azurite.Queue} (queue), {azurite.Table} (table), data in {Azurite.DataDirectory(state)}; started again if it stops" : "AzureWebJobsStorage as configured")}",
            $"  Email               {(server.Info.MailUi is { } ui ? $"smtp4dev, web UI {ui}" : $"SMTP {config["OrderFlow:Email:Smtp:Host"]}:{config["OrderFlow:Email:Smtp:Port"]}")}",
            $"  Functions           {catalog.Functions.Count}: " + string.Join(", ", catalog.OfKind(TriggerKind.Http).Count() + " HTTP", catalog.OfKind(TriggerKind.Timer).Count() + " timer",
                catalog.OfKind(TriggerKind.Queue).Count() + " queue", catalog.OfKind(TriggerKind.Orchestration).Count() + " orchestrator", catalog.OfKind(TriggerKind.Activity).Count() + " activity"),
            "Press Ctrl+C to stop.",
            "",
        };
        console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
