namespace OrderFlow.Core.Security;

/// <summary>
/// Section "OrderFlow:Links": the key that signs emailed links, and "OrderFlow:PublicBaseUrl", where those links
/// point (the Function App's public address in Azure, DevHost's own address locally).
/// </summary>
public sealed class LinkOptions
{
    public const string Section = "OrderFlow:Links";
    public const string PublicBaseUrlSetting = "OrderFlow:PublicBaseUrl";

    /// <summary>At least 32 characters of secret; a leaked key lets anyone forge links, so keep it in Key Vault.</summary>
    public string SigningKey { get; set; } = "";

    public string PublicBaseUrl { get; set; } = "";

    public bool IsValid =>
        SigningKey.Length >= 32
        && Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https";
}
