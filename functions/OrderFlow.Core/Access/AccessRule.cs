namespace OrderFlow.Core.Access;

public enum AccessKind
{
    /// <summary>Anyone: health, the OpenAPI document, style sheets, and routes that check their own proof (webhook HMAC, signed links).</summary>
    Open,

    /// <summary>An API route: a key or a signed-in person holding one of the roles.</summary>
    Api,

    /// <summary>A back-office page: a signed-in person holding one of the roles (any person when none are named).</summary>
    Page,
}

/// <summary>Who may call one function. Admin is implied: it opens everything.</summary>
public sealed record AccessRule(AccessKind Kind, IReadOnlyList<StaffRole> Roles)
{
    public static AccessRule Open { get; } = new(AccessKind.Open, []);

    public static AccessRule Api(params StaffRole[] roles) => new(AccessKind.Api, roles);

    public static AccessRule Page(params StaffRole[] roles) => new(AccessKind.Page, roles);

    /// <summary>The roles that open it, Admin last, for the refusal to name.</summary>
    public IReadOnlyList<StaffRole> RolesNeeded => [.. Roles.Where(r => r != StaffRole.Admin), StaffRole.Admin];
}
