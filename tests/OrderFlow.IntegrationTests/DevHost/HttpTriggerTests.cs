using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.DevHost;

[Collection(SharedApps.TestFunctions)]
public class HttpTriggerTests(TestApp app)
{
    HttpClient Anonymous() => new() { BaseAddress = app.Http.BaseAddress };

    [Fact]
    public async Task AnonymousRoute_NoKey_Answers()
    {
        using var client = Anonymous();

        var body = await client.GetFromJsonAsync<JsonElement>("api/probe/ping");

        Assert.True(body.GetProperty("pong").GetBoolean());
    }

    [Fact]
    public async Task KeyedRoute_NoKeyOrWrongKey_Answers401()
    {
        using var client = Anonymous();

        var noKey = await client.GetAsync("api/probe/items/7");
        var wrongKey = await client.GetAsync("api/probe/items/7?code=not-the-key");

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Empty(await noKey.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task KeyedRoute_HostKeyInHeaderOrQuery_BindsRouteValue()
    {
        using var client = Anonymous();

        var viaHeader = await app.Http.GetFromJsonAsync<JsonElement>("api/probe/items/7");
        var viaQuery = await client.GetFromJsonAsync<JsonElement>($"api/probe/items/8?code={TestApp.HostKey}");

        Assert.Equal(7, viaHeader.GetProperty("id").GetInt32());
        Assert.Equal(8, viaQuery.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Route_ConstraintOrMethodNotMatched_Answers404Or405()
    {
        var notAnInt = await app.Http.GetAsync("api/probe/items/seven");
        var wrongMethod = await app.Http.DeleteAsync("api/probe/echo");

        Assert.Equal(HttpStatusCode.NotFound, notAnInt.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
    }

    [Fact]
    public async Task Post_Body_ReachesFunction()
    {
        var response = await app.Http.PostAsync("api/probe/echo", new StringContent("héllo wörld"));

        Assert.Equal("héllo wörld", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FunctionThrows_Answers500ProblemWithoutDetails()
    {
        var response = await app.Http.GetAsync("api/probe/failure");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
    }
}
