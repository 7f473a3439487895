namespace OrderFlow.Core.Security;

/// <summary>
/// What a signed link grants: a purpose ("survey", "one-on-one"), the IDs it is about, and when it stops working.
/// A token signed for one purpose never verifies for another.
/// </summary>
public sealed record LinkClaims(string Purpose, IReadOnlyList<string> Ids, DateTimeOffset ExpiresAt);

public enum LinkStatus
{
    Valid,

    /// <summary>Genuine, but past its expiry.</summary>
    Expired,

    /// <summary>Malformed, tampered with, signed with another key or for another purpose.</summary>
    Invalid,
}

public sealed record LinkCheck(LinkStatus Status, LinkClaims? Claims)
{
    public static readonly LinkCheck Invalid = new(LinkStatus.Invalid, null);
}
