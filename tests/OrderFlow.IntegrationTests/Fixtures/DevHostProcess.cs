using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using OrderFlow.DevHost.Dependencies;
using OrderFlow.IntegrationTests.Invoicing;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>DevHost as a separate OS process serving this test assembly, so a test can kill -9 it.</summary>
sealed class DevHostProcess : IDisposable, IStopsOnOverrun
{
    // The first line of DevHost's start-up banner.
    static readonly Regex RunningOn = new(@"OrderFlow DevHost is running on (?<url>http://127\.0\.0\.1:\d+)");

    // The banner's storage line when DevHost started an Azurite of its own.
    static readonly Regex OwnAzurite = new(@"Azurite on ports (?<blob>\d+) \(blob\), (?<queue>\d+) \(queue\), (?<table>\d+) \(table\)");

    static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);

    readonly Process process;
    readonly ConcurrentQueue<string> output;

    DevHostProcess(Process process, ConcurrentQueue<string> output, Uri baseAddress)
    {
        this.process = process;
        this.output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => process.Id;

    /// <summary>The lines the process has written to standard output so far.</summary>
    public IReadOnlyCollection<string> Output => output;

    /// <summary>Where the Azurite this DevHost started (given no storage) listens, as its banner says; null if it started none.</summary>
    public AzuritePorts? Azurite => output.Select(line => OwnAzurite.Match(line)).FirstOrDefault(m => m.Success) is { } match
        ? new AzuritePorts(Port(match, "blob"), Port(match, "queue"), Port(match, "table"))
        : null;

    static int Port(Match match, string service) => int.Parse(match.Groups[service].Value, CultureInfo.InvariantCulture);

    /// <summary>
    /// Settings of the real OrderFlow.Functions in a process of its own: Auto fulfilment in one-second steps and no
    /// demo data (demo orders would take invoice numbers and stock from what a test checks).
    /// </summary>
    public static Dictionary<string, string?> ProductSettings(SharedServices shared, TestNames names, string storagePrefix)
    {
        var settings = TestApp.Settings(shared, names);
        settings.Remove("urls");
        settings["OrderFlow:Storage:Prefix"] = storagePrefix + names.Suffix;
        settings["OrderFlow:Fulfilment:Mode"] = "Auto";
        settings["OrderFlow:Fulfilment:AutoStepDelay"] = "00:00:01";
        settings["DevHost:SeedDemoData"] = "false";
        return settings;
    }

    /// <summary>Serves this test assembly, or with <paramref name="productApp"/> the real OrderFlow.Functions.</summary>
    public static async Task<DevHostProcess> StartAsync(Dictionary<string, string?> settings, bool productApp = false)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OrderFlow.DevHost.dll"));
        if (!productApp)
        {
            startInfo.ArgumentList.Add("--functions");
            startInfo.ArgumentList.Add(typeof(DevHostProcess).Assembly.Location);
        }
        foreach (var (key, value) in settings)
        {
            startInfo.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        // Port 0: DevHost binds a free port itself and says which in its banner.
        startInfo.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        // A test's host lives a minute or so: profile-guided recompiling, which pays off in long runs, took a third of
        // the CPU a product host used in its first 20 s (measured: 4.5 against 6.3 s), and the suite waits on two cores.
        startInfo.Environment["DOTNET_TieredPGO"] = "0";
        // What a killed host had taken from the task hub's queues comes back after this, sooner than DevHost's 45 s
        // (a test may set its own): every test that kills a host waits it out once.
        startInfo.Environment.TryAdd("DevHost__Durable__VisibilityTimeout", "00:00:20");
        // A host given no storage starts an Azurite of its own, which goes with it: no ledger is left to read at the end.
        if (productApp && !string.IsNullOrEmpty(settings.GetValueOrDefault("AzureWebJobsStorage")))
        {
            GeneratedDocuments.AddLedger("DevHostProcess-" + settings["OrderFlow:Storage:Prefix"], settings);
        }
        return await DevHostStarts.TimedAsync(productApp ? "DevHostProcess (product app)" : "DevHostProcess (test functions)", () => StartProcessAsync(startInfo, productApp));
    }

    static async Task<DevHostProcess> StartProcessAsync(ProcessStartInfo startInfo, bool productApp)
    {
        var process = Process.Start(startInfo)!;
        var output = new ConcurrentQueue<string>();
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                output.Enqueue(line.Data);
                FindAddress(line.Data, address);
            }
        };
        // The banner goes to standard error when standard output carries JSON log lines.
        process.ErrorDataReceived += (_, line) => FindAddress(line.Data, address);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // A busy machine (a CI run with browsers and other hosts starting) can take over a minute to start a process.
        var announced = await Task.WhenAny(address.Task, process.WaitForExitAsync(), Task.Delay(StartLimit));
        if (announced != address.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException(process.HasExited
                ? $"DevHost exited with {process.ExitCode} before it said where it listens"
                : $"DevHost did not say where it listens within {StartLimit.TotalSeconds:0} s");
        }
        var host = new DevHostProcess(process, output, await address.Task);
        TestBudget.Started(host);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        await Eventually.WaitForAsync(
            async () => process.HasExited ? throw new InvalidOperationException($"DevHost exited with {process.ExitCode}") : await IsUpAsync(http, productApp),
            up => up,
            StartLimit,
            "the DevHost process to answer");
        return host;
    }

    static void FindAddress(string? line, TaskCompletionSource<Uri> address)
    {
        if (line is not null && RunningOn.Match(line) is { Success: true } match)
        {
            address.TrySetResult(new Uri(match.Groups["url"].Value));
        }
    }

    static async Task<bool> IsUpAsync(HttpClient http, bool productApp)
    {
        try
        {
            return (await http.GetAsync(productApp ? "api/health" : "api/probe/ping")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>A client with the test host key.</summary>
    public HttpClient CreateClient()
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Add("x-functions-key", TestApp.HostKey);
        return http;
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or an OOM kill.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public Task StopAsync()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Exited or disposed already: the test ended meanwhile.
        }
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }
        process.Dispose();
    }
}
