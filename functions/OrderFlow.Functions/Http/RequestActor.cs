using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;

namespace OrderFlow.Functions.Http;

/// <summary>The actor the access check found for a request, for the changes the request makes.</summary>
public static class RequestActor
{
    static readonly object ItemKey = typeof(Actor);

    public static void SetActor(this HttpContext context, Actor actor) => context.Items[ItemKey] = actor;

    /// <summary>
    /// The key or person the access check admitted. Routes open to anyone have no actor unless someone is signed in;
    /// asking there is a bug, so it throws rather than record a change as nobody.
    /// </summary>
    public static Actor Actor(this HttpRequest request) =>
        request.HttpContext.Items.TryGetValue(ItemKey, out var actor) && actor is Actor found
            ? found
            : throw new InvalidOperationException("No actor: the access check admits keyed and staff routes with one; open routes have none.");
}
