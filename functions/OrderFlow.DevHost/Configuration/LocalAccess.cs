namespace OrderFlow.DevHost.Configuration;

/// <summary>
/// What the app's access check needs locally, as Azure gives it: DevHost's host and finance keys become the app's
/// named keys "integration" (every role) and "finance" (Finance, reads only); built-in authentication is on (DevHost
/// emulates it and strips client-sent principal headers, so the app may trust them); signed-out visitors of a page
/// go to DevHost's own sign-in page; the Functions host's own page at / is off.
/// </summary>
static class LocalAccess
{
    public const string SessionKeySetting = "DevHost:SessionKey";
    public const string LoginPath = "/.auth/login/dev";

    public static void Apply(IConfiguration configuration, Dictionary<string, string?> defaults, LocalSecrets secrets)
    {
        defaults["WEBSITE_AUTH_ENABLED"] = "True";
        defaults["AzureWebJobsDisableHomepage"] = "true";
        defaults["OrderFlow:Access:LoginPath"] = LoginPath;
        defaults["OrderFlow:Access:Keys:integration:Secret"] = Final(configuration, defaults, "DevHost:HostKey");
        defaults["OrderFlow:Access:Keys:integration:Roles"] = "Admin";
        defaults["OrderFlow:Access:Keys:finance:Secret"] = Final(configuration, defaults, "DevHost:FinanceKey");
        defaults["OrderFlow:Access:Keys:finance:Roles"] = "Finance";
        defaults["OrderFlow:Access:Keys:finance:ReadOnly"] = "true";
        if (string.IsNullOrEmpty(configuration[SessionKeySetting]))
        {
            defaults[SessionKeySetting] = secrets.SessionKey;
        }
    }

    static string? Final(IConfiguration configuration, Dictionary<string, string?> defaults, string key) =>
        string.IsNullOrEmpty(configuration[key]) ? defaults.GetValueOrDefault(key) : configuration[key];
}
