using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace OrderFlow.DevHost.Auth;

/// <summary>
/// The emulated Easy Auth session: cookie AppServiceAuthSession holds the user ID and its HMAC under DevHost's session
/// key, so a client can neither forge one nor change whose it is.
/// </summary>
sealed class SessionCookie(string key)
{
    public const string Name = "AppServiceAuthSession";

    readonly byte[] secret = Encoding.UTF8.GetBytes(key);

    public string Protect(string userId) =>
        $"{WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(userId))}.{WebEncoders.Base64UrlEncode(Mac(userId))}";

    public string? Unprotect(string? value)
    {
        var parts = value?.Split('.');
        if (parts is not { Length: 2 })
        {
            return null;
        }
        try
        {
            var userId = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(parts[0]));
            return CryptographicOperations.FixedTimeEquals(Mac(userId), WebEncoders.Base64UrlDecode(parts[1])) ? userId : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public void Write(HttpResponse response, string userId) => response.Cookies.Append(Name, Protect(userId), Options(response.HttpContext.Request));

    public static void Clear(HttpResponse response) => response.Cookies.Delete(Name, Options(response.HttpContext.Request));

    static CookieOptions Options(HttpRequest request) =>
        new() { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = request.IsHttps, Path = "/", IsEssential = true };

    byte[] Mac(string userId) => HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(userId));
}
