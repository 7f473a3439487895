using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrderFlow.Core.Security;

namespace OrderFlow.Tests.Infra;

/// <summary>
/// The app's own keys in an Azure deployment (links, held survey answers, private notes, integration and finance keys): made by azd's
/// preprovision hook (48 random bytes each), passed to the template, and refused by the template as the app would
/// refuse them. The hook runs here with sh, as on Linux and macOS.
/// </summary>
[UnsupportedOSPlatform("windows")]
public class GeneratedKeysTests
{
    static readonly Dictionary<string, string> ParameterOf = new()
    {
        ["ORDERFLOW_LINKS_SIGNING_KEY"] = "linksSigningKey",
        ["ORDERFLOW_ANSWER_KEY"] = "answerKey",
        ["ORDERFLOW_NOTES_KEY"] = "notesKey",
        ["ORDERFLOW_INTEGRATION_KEY"] = "integrationKey",
        ["ORDERFLOW_FINANCE_KEY"] = "financeKey",
    };

    [Fact]
    public async Task PosixHook_NoKeysYet_SetsEachA48ByteKeyTheAppAccepts()
    {
        using var scratch = new ScratchFolder();

        var set = await RunHookAsync(scratch, existingKey: null);

        Assert.Equal(ParameterOf.Keys.Order(StringComparer.Ordinal), set.Keys.Order(StringComparer.Ordinal));
        Assert.All(set.Values, key => Assert.Equal(48, Convert.FromBase64String(key).Length));
        Assert.True(new LinkOptions { SigningKey = set["ORDERFLOW_LINKS_SIGNING_KEY"], PublicBaseUrl = "https://func-x.azurewebsites.net" }.IsValid);
        Assert.All(set.Values, key => Assert.True(key.Length >= SealedBox.MinSecretLength));
        Assert.Equal(ParameterOf.Count, set.Values.Distinct().Count());
        Assert.NotEqual(set["ORDERFLOW_ANSWER_KEY"], (await RunHookAsync(scratch, existingKey: null))["ORDERFLOW_ANSWER_KEY"]);
    }

    [Fact]
    public async Task PosixHook_KeysAlreadySet_KeepsThem()
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
        Assert.Matches(@"posix:\n\s+shell: sh\n\s+run: \./infra/hooks/generate-keys\.sh", hook.Groups[1].Value);
        Assert.Matches(@"windows:\n\s+shell: pwsh\n\s+run: \./infra/hooks/generate-keys\.ps1", hook.Groups[1].Value);
        var windows = File.ReadAllText(RepositoryFiles.PathOf("infra", "hooks", "generate-keys.ps1"));
        Assert.Contains("RandomNumberGenerator]::GetBytes(48)", windows, StringComparison.Ordinal);
        Assert.All(ParameterOf.Keys, name => Assert.Contains($"'{name}'", windows, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Template_Keys_FromTheHookAndAt32CharactersAtLeast()
    {
        var template = await CompiledTemplate.GetAsync();
        var parameters = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("infra", "main.parameters.json")))!["parameters"]!;

        Assert.All(ParameterOf, p =>
        {
            Assert.Equal("${" + p.Key + "}", (string?)parameters[p.Value]!["value"]);
            Assert.Equal(32, (int)template.Json["parameters"]![p.Value]!["minLength"]!);
        });
    }

    /// <summary>Runs the posix hook with a stand-in azd that knows <paramref name="existingKey"/> for every name; answers what it was told to set.</summary>
    static async Task<Dictionary<string, string>> RunHookAsync(ScratchFolder scratch, string? existingKey)
    {
        var sets = scratch.Write("sets.txt", "");
        var azd = scratch.Write("azd", $$"""
            #!/bin/sh
            if [ "$1 $2" = "env get-value" ]; then
              {{(existingKey is null ? "echo \"ERROR: key '$3' not found\" >&2; exit 1" : $"echo '{existingKey}'")}}
            fi
            if [ "$1 $2" = "env set" ]; then
              echo "$3 $4" >> '{{sets}}'
            fi
            """);
        File.SetUnixFileMode(azd, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(sets, "");
        var start = new ProcessStartInfo("sh", [RepositoryFiles.PathOf("infra", "hooks", "generate-keys.sh")]) { RedirectStandardError = true };
        start.Environment["PATH"] = $"{Path.GetDirectoryName(azd)}:{Environment.GetEnvironmentVariable("PATH")}";
        using var hook = Process.Start(start)!;
        var errors = await hook.StandardError.ReadToEndAsync();
        await hook.WaitForExitAsync();
        Assert.True(hook.ExitCode == 0, errors);
        return File.ReadAllLines(sets).Select(line => line.Split(' ')).ToDictionary(parts => parts[0], parts => parts[1]);
    }
}
