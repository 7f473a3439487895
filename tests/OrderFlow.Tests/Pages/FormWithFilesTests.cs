using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Tests.Pages;

public class FormWithFilesTests
{
    const string Boundary = "----form7";

    static HttpRequest Posted(string contentType, string body)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context.Request;
    }

    static string Part(string disposition, string content) =>
        $"--{Boundary}\r\nContent-Disposition: form-data; {disposition}\r\nContent-Type: text/plain\r\n\r\n{content}\r\n";

    [Fact]
    public async Task Multipart_AFileAndTextFields_TheFileBytesAndTheFieldsAsAForm()
    {
        var body = Part("name=\"file\"; filename=\"people.csv\"", "id,name\ne-1,Ada") + Part("name=\"csv\"", " pasted ") + Part("name=\"csv\"", "again") + $"--{Boundary}--\r\n";

        var (form, refusal) = await FormWithFiles.ReadAsync(Posted($"multipart/form-data; boundary={Boundary}", body), 4096, CancellationToken.None);

        Assert.Null(refusal);
        Assert.Equal("id,name\ne-1,Ada", Encoding.UTF8.GetString(form!.File("file")!));
        Assert.Equal("pasted", form.Fields["csv"]);
        Assert.Equal([" pasted ", "again"], form.Fields.All("csv"));
        Assert.Null(form.File("csv"));
    }

    [Fact]
    public async Task Multipart_NoFileChosen_NoFile()
    {
        var body = Part("name=\"file\"; filename=\"\"", "") + $"--{Boundary}--\r\n";

        var (form, _) = await FormWithFiles.ReadAsync(Posted($"multipart/form-data; boundary={Boundary}", body), 4096, CancellationToken.None);

        Assert.Null(form!.File("file"));
    }

    [Fact]
    public async Task PlainForm_ReadAsAFormWithoutFiles()
    {
        var (form, refusal) = await FormWithFiles.ReadAsync(Posted("application/x-www-form-urlencoded", "csv=a%2Cb"), 4096, CancellationToken.None);

        Assert.Null(refusal);
        Assert.Equal("a,b", form!.Fields["csv"]);
        Assert.Null(form.File("file"));
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=----form7", "--other\r\nbroken", StatusCodes.Status400BadRequest)]
    [InlineData("multipart/form-data", "", StatusCodes.Status400BadRequest)]
    [InlineData("text/csv", "id,name", StatusCodes.Status415UnsupportedMediaType)]
    public async Task Unreadable_RefusedWithAProblem(string contentType, string body, int status)
    {
        var (form, refusal) = await FormWithFiles.ReadAsync(Posted(contentType, body), 4096, CancellationToken.None);

        Assert.Null(form);
        Assert.Equal(status, await StatusOfAsync(refusal!));
    }

    [Fact]
    public async Task Multipart_OverTheLimit_413()
    {
        var body = Part("name=\"file\"; filename=\"big.csv\"", new string('x', 5000)) + $"--{Boundary}--\r\n";

        var (_, refusal) = await FormWithFiles.ReadAsync(Posted($"multipart/form-data; boundary={Boundary}", body), 4096, CancellationToken.None);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, await StatusOfAsync(refusal!));
    }

    static async Task<int> StatusOfAsync(IResult result)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();
        await result.ExecuteAsync(context);
        return context.Response.StatusCode;
    }
}
