namespace OrderFlow.Core.Email;

/// <summary>Section "OrderFlow:Email": the SMTP relay (Azure Communication Services in Azure, smtp4dev locally).</summary>
public sealed class EmailOptions
{
    public const string Section = "OrderFlow:Email";

    public SmtpOptions Smtp { get; set; } = new();

    public string FromAddress { get; set; } = "orders@orderflow.local";

    public string FromName { get; set; } = "OrderFlow";
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>STARTTLS when the server offers it; required in production relays.</summary>
    public bool UseStartTls { get; set; }
}
