using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Access;
using OrderFlow.Functions;
using OrderFlow.Functions.Access;

namespace OrderFlow.Tests.Access;

public class AccessTableTests
{
    static IEnumerable<(string Name, HttpTriggerAttribute Trigger)> HttpFunctions() =>
        from type in typeof(OrderFlowFunctionServices).Assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        let function = method.GetCustomAttribute<FunctionAttribute>()
        let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)
        where function is not null && trigger is not null
        select (function.Name, trigger);

    [Fact]
    public void Rules_EveryHttpFunctionHasOneAndNoRuleNamesAMissingFunction()
    {
        var names = HttpFunctions().Select(f => f.Name).ToHashSet();

        Assert.DoesNotContain(names, n => AccessTable.For(n) is null);
        Assert.DoesNotContain(AccessTable.Rules.Keys, n => !names.Contains(n));
    }

    [Fact]
    public void Rules_HostChecksNoKeys_TheAppDoes() =>
        Assert.All(HttpFunctions(), f => Assert.Equal(AuthorizationLevel.Anonymous, f.Trigger.AuthLevel));

    [Fact]
    public void Rules_OnlyApiRoutesTakeKeys_PagesLiveOutsideApiAndAdmin()
    {
        foreach (var (name, trigger) in HttpFunctions())
        {
            var route = trigger.Route ?? name;
            Assert.False(route.StartsWith("admin", StringComparison.OrdinalIgnoreCase), $"{name}: routes under admin belong to the Functions host.");
            if (AccessTable.For(name)!.Kind == AccessKind.Api)
            {
                Assert.StartsWith("api/", route, StringComparison.Ordinal);
            }
            if (AccessTable.For(name)!.Kind == AccessKind.Page)
            {
                Assert.False(route.StartsWith("api/", StringComparison.Ordinal), $"{name}: pages live outside /api.");
            }
        }
    }

    [Fact]
    public void For_UnknownFunction_NoRuleSoRefused() =>
        Assert.IsType<AccessDecision.Forbidden>(AccessPolicy.Decide(AccessTable.For("NotAFunction"), new AccessCaller(null, null, true, true)));
}
