namespace OrderFlow.Core.Access;

/// <summary>
/// Section "OrderFlow:Access": the named keys machines call with, and where a signed-out visitor of a page signs in.
/// </summary>
public sealed class AccessOptions
{
    public const string Section = "OrderFlow:Access";

    /// <summary>Easy Auth's sign-in path for Microsoft Entra ID; DevHost sets its own.</summary>
    public string LoginPath { get; set; } = "/.auth/login/aad";

    /// <summary>Keys by name (the name is the actor recorded for what the key changes).</summary>
    public Dictionary<string, AccessKeyOptions> Keys { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsValid =>
        LoginPath.StartsWith('/') && !LoginPath.StartsWith("//", StringComparison.Ordinal)
        && Keys.Values.All(k => k.RoleList is not null);
}

/// <summary>
/// One key: its secret (a Key Vault reference in Azure; empty turns the key off), the roles it opens (comma
/// separated) and whether it may only read (GET and HEAD).
/// </summary>
public sealed class AccessKeyOptions
{
    public string Secret { get; set; } = "";

    public string Roles { get; set; } = "";

    public bool ReadOnly { get; set; }

    /// <summary>The roles named, or null when a name is not a role.</summary>
    public IReadOnlySet<StaffRole>? RoleList
    {
        get
        {
            var roles = new HashSet<StaffRole>();
            foreach (var name in Roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Enum.TryParse<StaffRole>(name, ignoreCase: true, out var role) || !Enum.IsDefined(role))
                {
                    return null;
                }
                roles.Add(role);
            }
            return roles;
        }
    }
}
