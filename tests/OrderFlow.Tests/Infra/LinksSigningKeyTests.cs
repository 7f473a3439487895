using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrderFlow.Core.Security;

namespace OrderFlow.Tests.Infra;

/// <summary>
/// The link signing key of an Azure deployment: made by azd's preprovision hook (48 random bytes), passed to the
/// template, and refused by the template as the app would refuse it. The hook runs here with sh, as on Linux and macOS.
/// </summary>
[UnsupportedOSPlatform("windows")]
public class LinksSigningKeyTests
{
    const string Setting = "ORDERFLOW_LINKS_SIGNING_KEY";

    [Fact(Timeout = 60_000)]
    public async Task PosixHook_NoKeyYet_SetsA48ByteKeyTheAppAccepts()
    {
        using var scratch = new ScratchFolder();

        var set = await RunHookAsync(scratch, existingKey: null);

        var key = Assert.Single(set);
        Assert.Equal(48, Convert.FromBase64String(key).Length);
        Assert.True(new LinkOptions { SigningKey = key, PublicBaseUrl = "https://func-x.azurewebsites.net" }.IsValid);
        Assert.NotEqual(key, Assert.Single(await RunHookAsync(scratch, existingKey: null)));
    }

    [Fact(Timeout = 60_000)]
    public async Task PosixHook_KeyAlreadySet_KeepsIt()
    {
        using var scratch = new ScratchFolder();

        Assert.Empty(await RunHookAsync(scratch, existingKey: "a-key-set-by-an-earlier-run-or-by-ci-0123456789"));
    }

    [Fact]
    public void AzureYaml_Preprovision_RunsTheHookOnPosixAndWindows()
    {
        var yaml = File.ReadAllText(RepositoryFiles.PathOf("azure.yaml"));
        var hook = Regex.Match(yaml, @"^hooks:\n  (?:#.*\n  )?preprovision:\n((?:    .*\n?)+)", RegexOptions.Multiline);

        Assert.True(hook.Success, "azure.yaml has no preprovision hook");
        Assert.Matches(@"posix:\n\s+shell: sh\n\s+run: \./infra/hooks/links-signing-key\.sh", hook.Groups[1].Value);
        Assert.Matches(@"windows:\n\s+shell: pwsh\n\s+run: \./infra/hooks/links-signing-key\.ps1", hook.Groups[1].Value);
        var windows = File.ReadAllText(RepositoryFiles.PathOf("infra", "hooks", "links-signing-key.ps1"));
        Assert.Contains("RandomNumberGenerator]::GetBytes(48)", windows, StringComparison.Ordinal);
        Assert.Contains($"azd env set {Setting}", windows, StringComparison.Ordinal);
    }

    [Fact(Timeout = 180_000)]
    public async Task Template_LinksSigningKey_FromTheHookAndAt32CharactersAtLeast()
    {
        var template = await CompiledTemplate.GetAsync();
        var parameters = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("infra", "main.parameters.json")))!["parameters"]!;

        Assert.Equal("${" + Setting + "}", (string?)parameters["linksSigningKey"]!["value"]);
        Assert.Equal(32, (int)template.Json["parameters"]!["linksSigningKey"]!["minLength"]!);
    }

    /// <summary>Runs the posix hook with a stand-in azd that knows <paramref name="existingKey"/>; answers the values it was told to set.</summary>
    static async Task<string[]> RunHookAsync(ScratchFolder scratch, string? existingKey)
    {
        var sets = scratch.Write("sets.txt", "");
        var azd = scratch.Write("azd", $$"""
            #!/bin/sh
            if [ "$1 $2" = "env get-value" ]; then
              {{(existingKey is null ? "echo \"ERROR: key '$3' not found\" >&2; exit 1" : $"echo '{existingKey}'")}}
            fi
            if [ "$1 $2 $3" = "env set {{Setting}}" ]; then
              echo "$4" >> '{{sets}}'
            fi
            """);
        File.SetUnixFileMode(azd, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(sets, "");
        var start = new ProcessStartInfo("sh", [RepositoryFiles.PathOf("infra", "hooks", "links-signing-key.sh")]) { RedirectStandardError = true };
        start.Environment["PATH"] = $"{Path.GetDirectoryName(azd)}:{Environment.GetEnvironmentVariable("PATH")}";
        using var hook = Process.Start(start)!;
        var errors = await hook.StandardError.ReadToEndAsync();
        await hook.WaitForExitAsync();
        Assert.True(hook.ExitCode == 0, errors);
        return File.ReadAllLines(sets);
    }
}
