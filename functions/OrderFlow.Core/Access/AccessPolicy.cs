using OrderFlow.Core.Common;

namespace OrderFlow.Core.Access;

/// <summary>
/// The one decision of who may call what, deny by default: no rule refuses everyone. A key counts before a session
/// (machines send no cookies); pages are for people only. A person's change must come from the app's own pages:
/// the session cookie rides along on any site's form post, so without that check another site could act for them.
/// </summary>
public static class AccessPolicy
{
    public static AccessDecision Decide(AccessRule? rule, AccessCaller caller)
    {
        if (rule is null)
        {
            return new AccessDecision.Forbidden([]);
        }
        if (rule.Kind == AccessKind.Open)
        {
            return new AccessDecision.Admit(caller.Person is { } signedIn ? Actor.Person(signedIn.UserId, signedIn.Name) : null);
        }
        if (caller.Key is { } key && rule.Kind == AccessKind.Api)
        {
            var opens = (key.Roles.Contains(StaffRole.Admin) || rule.Roles.Any(key.Roles.Contains)) && (!key.ReadOnly || caller.OnlyReads);
            return opens ? new AccessDecision.Admit(Actor.Key(key.Name)) : new AccessDecision.Forbidden(rule.RolesNeeded);
        }
        if (caller.Person is not { } person)
        {
            return new AccessDecision.SignIn();
        }
        if (!caller.OnlyReads && !caller.FromOwnSite)
        {
            return new AccessDecision.CrossSite();
        }
        return rule.Roles.Count == 0 || person.HoldsAny(rule.Roles)
            ? new AccessDecision.Admit(Actor.Person(person.UserId, person.Name))
            : new AccessDecision.Forbidden(rule.RolesNeeded);
    }
}

/// <summary>
/// Who a request comes from: a known key, a signed-in person, both or neither; whether it only reads (GET, HEAD),
/// and whether its Origin (or Referer) is the app's own host.
/// </summary>
public sealed record AccessCaller(NamedKey? Key, StaffPrincipal? Person, bool OnlyReads, bool FromOwnSite);
