namespace OrderFlow.Tests.Infra;

/// <summary>infra/main.bicep compiles and lints clean with the repository's bicepconfig.json, offline.</summary>
public class BicepValidationTests
{
    [Fact]
    public async Task Build_MainTemplate_CompilesWithoutAnyDiagnostic()
    {
        var template = await CompiledTemplate.GetAsync();

        Assert.Equal(0, template.Build.ExitCode);
        Assert.Empty(template.Build.DiagnosticLines);
        Assert.Contains("subscriptionDeploymentTemplate", (string?)template.Json["$schema"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_MainTemplate_ReportsNothing()
    {
        var lint = await BicepCli.RunAsync("lint", RepositoryFiles.PathOf("infra", "main.bicep"));

        Assert.Equal(0, lint.ExitCode);
        Assert.Empty(lint.DiagnosticLines);
    }

    [Fact]
    public async Task Lint_TemplateWithAnUnusedParameter_FailsWithAnError()
    {
        // The same bicepconfig.json, beside a template with one linter finding: it must be an error, not a warning.
        using var scratch = new ScratchFolder();
        scratch.Write("bicepconfig.json", File.ReadAllText(RepositoryFiles.PathOf("bicepconfig.json")));

        var lint = await BicepCli.RunAsync("lint", scratch.Write("probe.bicep", "param unused string\n"));

        Assert.NotEqual(0, lint.ExitCode);
        Assert.Contains(lint.DiagnosticLines, l => l.Contains(" : Error no-unused-params", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_TemplateWithAWrongPropertyType_PrintsAWarningTheTestsCatch()
    {
        // BCP036 (wrong type) is only a warning with exit code 0: why the tests fail on any diagnostic line.
        using var scratch = new ScratchFolder();
        var file = scratch.Write("probe.bicep", """
            resource site 'Microsoft.Web/sites@2024-11-01' = {
              name: 'probe'
              location: 'westeurope'
              properties: { httpsOnly: 'yes' }
            }
            """);

        var build = await BicepCli.RunAsync("build", file, "--stdout");

        Assert.Equal(0, build.ExitCode);
        Assert.Contains(build.DiagnosticLines, l => l.Contains("Warning BCP036", StringComparison.Ordinal));
    }
}
