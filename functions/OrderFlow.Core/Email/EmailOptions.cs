namespace OrderFlow.Core.Email;

/// <summary>Section "OrderFlow:Email": the SMTP relay (Azure Communication Services in Azure, smtp4dev locally).</summary>
public sealed class EmailOptions
{
    public const string Section = "OrderFlow:Email";

    public SmtpOptions Smtp { get; set; } = new();

    public string FromAddress { get; set; } = "orders@orderflow.local";

    public string FromName { get; set; } = "OrderFlow";

    /// <summary>
    /// How long an email waits after a send that failed for a reason that may pass (server down, busy, throttling);
    /// doubled after each further failure, up to an hour, for <see cref="EmailOutbox.MostAttempts"/> attempts.
    /// </summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>Logs in when set: for Azure Communication Services, the SMTP username of an Entra app.</summary>
    public string? UserName { get; set; }

    /// <summary>For Azure Communication Services, a client secret of that Entra app (a Key Vault reference in Azure).</summary>
    public string? Password { get; set; }

    /// <summary>StartTls for relays on port 587 such as Azure Communication Services; None only for a local catcher.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;
}

public enum SmtpSecurity
{
    /// <summary>Plain text, for a mail catcher on this machine.</summary>
    None,

    /// <summary>Upgrade to TLS with STARTTLS before logging in; fails if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
