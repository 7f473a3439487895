using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.DevHost.Http;

namespace OrderFlow.Tests.DevHost;

public class FunctionKeysTests
{
    static readonly FunctionKeys Keys = new("host-key", "finance-key", ["invoices", "reports"]);

    static HttpRequest Request(string method = "GET", string? header = null, string? query = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        if (header is not null)
        {
            context.Request.Headers[FunctionKeys.HeaderName] = header;
        }
        if (query is not null)
        {
            context.Request.QueryString = new QueryString("?code=" + query);
        }
        return context.Request;
    }

    [Fact]
    public void Authorizes_Anonymous_NeedsNoKey() =>
        Assert.True(Keys.Authorizes(AuthorizationLevel.Anonymous, "health", Request()));

    [Fact]
    public void Authorizes_HostKeyInHeaderOrQuery_OpensFunctionAndAdminLevels()
    {
        Assert.True(Keys.Authorizes(AuthorizationLevel.Function, "orders", Request(header: "host-key")));
        Assert.True(Keys.Authorizes(AuthorizationLevel.Admin, "orders", Request(query: "host-key")));
    }

    [Fact]
    public void Authorizes_MissingOrWrongKey_Refused()
    {
        Assert.False(Keys.Authorizes(AuthorizationLevel.Function, "orders", Request()));
        Assert.False(Keys.Authorizes(AuthorizationLevel.Function, "orders", Request(header: "host-kez")));
    }

    [Fact]
    public void Authorizes_FinanceKey_ReadsFinanceRoutesOnly()
    {
        Assert.True(Keys.Authorizes(AuthorizationLevel.Function, "invoices/{number}", Request(header: "finance-key")));
        Assert.False(Keys.Authorizes(AuthorizationLevel.Function, "invoices", Request("POST", header: "finance-key")));
        Assert.False(Keys.Authorizes(AuthorizationLevel.Function, "orders", Request(header: "finance-key")));
        Assert.False(Keys.Authorizes(AuthorizationLevel.Admin, "reports/orders", Request(header: "finance-key")));
    }
}
