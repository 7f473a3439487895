using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;

namespace OrderFlow.Functions.Http;

/// <summary>The actor the access check found for a request, for the changes the request makes.</summary>
public static class RequestActor
{
    static readonly object ItemKey = typeof(Actor);

    public static void SetActor(this HttpContext context, Actor actor) => context.Items[ItemKey] = actor;

    // Until the access check sets one, every keyed request acts as the host key.
    public static Actor Actor(this HttpRequest request) =>
        request.HttpContext.Items.TryGetValue(ItemKey, out var actor) && actor is Actor found ? found : Core.Common.Actor.Key("host");
}
