using Microsoft.Azure.Functions.Worker;

namespace OrderFlow.Tests.Infra;

// Code as another feature might add it; the settings discovery must find every setting it reads.

public sealed class SampleSellerOptions
{
    public const string Section = "OrderFlow:SampleSeller";
    public const string WebsiteSetting = "OrderFlow:SampleWebsite";

    public string Name { get; set; } = "";

    /// <summary>Read from <see cref="WebsiteSetting"/>, not from the section.</summary>
    public string Website { get; set; } = "";

    public bool IsComplete => Name.Length > 0;

    public SampleAddress Address { get; set; } = new();

    public List<string> TaxIds { get; } = [];
}

public sealed class SampleAddress
{
    public string? Line1 { get; set; }

    public string? City { get; set; }
}

public static class SampleSettingNames
{
    public const string QueueSetting = "SampleDigestQueue";
}

public sealed class SampleSurveyFunctions
{
    [Function("SampleInvite")]
    public void Invite([QueueTrigger("%SampleInvitationsQueue%")] string message)
    {
    }

    [Function("SampleRemind")]
    public void Remind([TimerTrigger("%SampleSchedule%")] TimerInfo timer)
    {
    }
}
