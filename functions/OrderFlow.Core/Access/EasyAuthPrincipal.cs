using System.Text;
using System.Text.Json;

namespace OrderFlow.Core.Access;

/// <summary>
/// Reads the principal App Service authentication ("Easy Auth") hands the app: X-MS-CLIENT-PRINCIPAL is base64 JSON
/// {auth_typ, name_typ, role_typ, claims:[{typ, val}]}, with the user ID and name beside it in -ID and -NAME. The
/// platform strips those headers from what clients send only while its authentication is on (WEBSITE_AUTH_ENABLED),
/// so with it off anyone could write them and they are never read.
/// </summary>
public static class EasyAuthPrincipal
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    public const string IdHeader = "X-MS-CLIENT-PRINCIPAL-ID";
    public const string NameHeader = "X-MS-CLIENT-PRINCIPAL-NAME";
    public const string PlatformSetting = "WEBSITE_AUTH_ENABLED";
    const string RolesClaim = "roles";
    const string NameClaim = "name";

    public static bool PlatformAuthOn(string? setting) => string.Equals(setting, "True", StringComparison.OrdinalIgnoreCase);

    /// <summary>The signed-in principal, or null when there is none or it cannot be read (never half of one).</summary>
    public static StaffPrincipal? Read(bool platformAuthOn, string? principal, string? id, string? name)
    {
        if (!platformAuthOn || string.IsNullOrWhiteSpace(principal) || string.IsNullOrWhiteSpace(id))
        {
            return null;
        }
        var claims = Claims(principal);
        if (claims is null)
        {
            return null;
        }
        var roleType = claims.Value.RoleType;
        var roles = claims.Value.Claims
            .Where(c => c.Type == RolesClaim || c.Type == roleType)
            .Select(c => Enum.TryParse<StaffRole>(c.Value, ignoreCase: false, out var role) && Enum.IsDefined(role) ? role : (StaffRole?)null)
            .OfType<StaffRole>()
            .ToHashSet();
        var displayName = claims.Value.Claims.FirstOrDefault(c => c.Type == NameClaim).Value ?? name ?? id;
        return new StaffPrincipal(id.Trim(), displayName.Trim(), roles) { SignInName = name?.Trim() };
    }

    static (string? RoleType, List<(string Type, string Value)> Claims)? Claims(string principal)
    {
        try
        {
            using var document = JsonDocument.Parse(Convert.FromBase64String(principal.Trim()));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            var roleType = root.TryGetProperty("role_typ", out var rt) && rt.ValueKind == JsonValueKind.String ? rt.GetString() : null;
            var list = claims.EnumerateArray()
                .Where(c => c.ValueKind == JsonValueKind.Object && Text(c, "typ") is not null && Text(c, "val") is not null)
                .Select(c => (Text(c, "typ")!, Text(c, "val")!))
                .ToList();
            return (roleType, list);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The header value for a principal, as the platform (or DevHost, emulating it) writes it.</summary>
    public static string Encode(StaffPrincipal principal, string authType)
    {
        var claims = new List<object> { new { typ = NameClaim, val = principal.Name } };
        claims.AddRange(principal.Roles.Select(r => new { typ = RolesClaim, val = r.ToString() }));
        var json = JsonSerializer.Serialize(new { auth_typ = authType, name_typ = NameClaim, role_typ = RolesClaim, claims });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }
}
