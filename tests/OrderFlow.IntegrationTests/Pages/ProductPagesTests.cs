using System.Net;
using OrderFlow.Functions.Pages.Products;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Orders;

namespace OrderFlow.IntegrationTests.Pages;

/// <summary>The product pages over HTTP: Mara (Admin) adds and edits products, recorded as her; Sales is refused.</summary>
[Collection(SharedApps.OrderFlows)]
public class ProductPagesTests(ProductApp app)
{
    [Fact]
    public async Task Edit_Admin_SavedAsThePutWouldAndRecordedAsMara()
    {
        var sku = $"PP-{PageForms.Unique()}";
        await OrderApi.SeedProductAsync(app.Http, sku);
        using var mara = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Mara);

        var saved = await PageForms.PostAsync(mara, $"/products/{sku}", Form("Serving bowl", "0.07", ("EUR", "31.00"), ("usd", "33.50")));
        var list = await mara.Http.GetStringAsync("products");

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal($"/products/{sku}?notice=saved", saved.Headers.Location!.OriginalString);
        Assert.Contains($"<a href=\"/products/{sku}\">{sku}</a></th><td>Serving bowl</td><td>active</td><td>0.07</td><td>31.00 EUR, 33.50 USD</td><td>Mara Schulz</td>", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_BadPrice_TheFormAgainWithTheErrorBesideThePrice()
    {
        var sku = $"PP-{PageForms.Unique()}";
        await OrderApi.SeedProductAsync(app.Http, sku);
        using var mara = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Mara);

        var response = await PageForms.PostAsync(mara, $"/products/{sku}", Form("Bowl", "0.19", ("EUR", "12,50")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"error\" id=\"f-prices-0--amount-error\">A non-negative decimal string", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_NewSku_AddedAndTheSameSkuAgainRefusedBesideIt()
    {
        var sku = $"PN-{PageForms.Unique()}";
        using var mara = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Mara);

        var added = await PageForms.PostAsync(mara, ProductListPage.Path, [new(ProductForm.Sku, sku), .. Form("Sugar bowl", "0.19", ("EUR", "14.00"))]);
        var again = await PageForms.PostAsync(mara, ProductListPage.Path, [new(ProductForm.Sku, sku), .. Form("Other", "0.19", ("EUR", "1.00"))]);
        var page = await mara.Http.GetStringAsync($"products/{sku}?notice=added");

        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains(PageForms.ErrorBeside(ProductForm.Sku, $"{sku} exists already: change it on its own page."), await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Product added.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Sugar bowl\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sales_ProductPagesAndTheirPosts_Refused403()
    {
        var sku = $"PP-{PageForms.Unique()}";
        await OrderApi.SeedProductAsync(app.Http, sku);
        using var amelia = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Amelia);

        var list = await amelia.Http.GetAsync("products");
        var edit = await PageForms.PostAsync(amelia, $"/products/{sku}", Form("Taken over", "0.19", ("EUR", "1.00")));
        using var mara = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Mara);
        var unchanged = await mara.Http.GetStringAsync($"products/{sku}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (list.StatusCode, edit.StatusCode));
        Assert.Contains($"value=\"Product {sku}\"", unchanged, StringComparison.Ordinal);
    }

    static List<KeyValuePair<string, string>> Form(string name, string taxRate, params (string Currency, string Amount)[] prices)
    {
        var fields = new List<KeyValuePair<string, string>> { new("name", name), new("taxRate", taxRate), new(ProductForm.Active, "true"), new("priceRows", (prices.Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        for (var i = 0; i < prices.Length; i++)
        {
            fields.AddRange([new(ProductForm.Price(i, "currency"), prices[i].Currency), new(ProductForm.Price(i, "amount"), prices[i].Amount)]);
        }
        return fields;
    }
}
