using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Access;

namespace OrderFlow.Functions.Access;

/// <summary>The signed-in person the access check found, for pages that show their name and what their roles open.</summary>
public static class RequestViewer
{
    static readonly object ItemKey = typeof(StaffPrincipal);

    public static void SetViewer(this HttpContext context, StaffPrincipal viewer) => context.Items[ItemKey] = viewer;

    public static StaffPrincipal? Viewer(this HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var viewer) ? viewer as StaffPrincipal : null;
}
