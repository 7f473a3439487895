namespace OrderFlow.Core.Access;

/// <summary>A signed-in member of staff: their directory user ID, display name and the app roles they hold.</summary>
public sealed record StaffPrincipal(string UserId, string Name, IReadOnlySet<StaffRole> Roles)
{
    /// <summary>The name the person signed in with (Entra's UPN, usually their work email): how the directory finds them.</summary>
    public string? SignInName { get; init; }

    /// <summary>Admin holds every role; anyone else must hold one of those named.</summary>
    public bool HoldsAny(IEnumerable<StaffRole> roles) => Roles.Contains(StaffRole.Admin) || roles.Any(Roles.Contains);
}
