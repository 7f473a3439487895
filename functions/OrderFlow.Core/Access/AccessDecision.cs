using OrderFlow.Core.Common;

namespace OrderFlow.Core.Access;

/// <summary>What the access check answers a request: go ahead as an actor, or one of the refusals.</summary>
public abstract record AccessDecision
{
    /// <summary>Let through; the actor is null on open routes when nobody is signed in.</summary>
    public sealed record Admit(Actor? Actor) : AccessDecision;

    /// <summary>Nobody known: a key or a sign-in is needed.</summary>
    public sealed record SignIn : AccessDecision;

    /// <summary>Known, but lacking the role; an empty list means nobody may (a function missing from the table).</summary>
    public sealed record Forbidden(IReadOnlyList<StaffRole> RolesNeeded) : AccessDecision;

    /// <summary>A signed-in person's change sent from another site (CSRF).</summary>
    public sealed record CrossSite : AccessDecision;
}
