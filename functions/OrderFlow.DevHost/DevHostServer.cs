using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrderFlow.DevHost.Admin;
using OrderFlow.DevHost.Auth;
using OrderFlow.DevHost.Configuration;
using OrderFlow.DevHost.Demo;
using OrderFlow.DevHost.Dependencies;
using OrderFlow.DevHost.Discovery;
using OrderFlow.DevHost.Durable;
using OrderFlow.DevHost.Http;
using OrderFlow.DevHost.Invocation;
using OrderFlow.DevHost.Queues;
using OrderFlow.DevHost.Timers;

namespace OrderFlow.DevHost;

/// <summary>A running DevHost: the functions app's HTTP, timer, queue and durable functions on one local web server.</summary>
sealed class DevHostServer : IAsyncDisposable
{
    readonly WebApplication app;
    readonly DurableSidecar sidecar;
    readonly ChildProcesses children;
    readonly ILoggerFactory sidecarLogging;

    DevHostServer(WebApplication app, DurableSidecar sidecar, ChildProcesses children, ILoggerFactory sidecarLogging, LocalRunInfo info)
    {
        this.app = app;
        this.sidecar = sidecar;
        this.children = children;
        this.sidecarLogging = sidecarLogging;
        Info = info;
    }

    public LocalRunInfo Info { get; }

    public IServiceProvider Services => app.Services;

    public IConfiguration Configuration => app.Configuration;

    public static async Task<DevHostServer> StartAsync(DevHostStartOptions options, CancellationToken cancellationToken = default)
    {
        var catalog = FunctionCatalog.Discover(options.FunctionsAssembly);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = options.Args, ContentRootPath = AppContext.BaseDirectory });
        var hostJson = Path.Combine(Path.GetDirectoryName(options.FunctionsAssembly.Location)!, "host.json");
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = HostJson.Load(hostJson) });
        builder.Configuration.AddInMemoryCollection(options.Settings);
        var consoleFormat = builder.AddDevHostConsole();

        var state = LocalState.Resolve(builder.Configuration);
        var children = new ChildProcesses(state.PathOf(ChildProcesses.FileName));
        var durableOptions = builder.Configuration.GetSection("DevHost:Durable").Get<DurableOptions>() ?? new DurableOptions();
        var sidecarLogging = LoggerFactory.Create(logging => logging.AddConsole(consoleFormat).SetMinimumLevel(durableOptions.LogLevel));
        DurableSidecar? sidecar = null;
        try
        {
            // The sidecar's logging serves the children's supervisor too: both run beside the app, before it is built.
            var info = await LocalRunContract.ApplyAsync(builder.Configuration, state, children, sidecarLogging, cancellationToken);
            if (info.Reserved is { } reserved)
            {
                builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenHandle(reserved.HandOver()));
            }
            else
            {
                builder.WebHost.UseUrls(info.BaseAddress.ToString());
            }

            var hostSettings = HostSettings.From(builder.Configuration);
            var storage = builder.Configuration["AzureWebJobsStorage"]!;
            var burst = new HttpBurst(builder.Configuration.GetSection("DevHost:Burst").Get<BurstOptions>() ?? new BurstOptions(), TimeProvider.System);
            sidecar = await DurableSidecar.StartAsync(storage, hostSettings, durableOptions, burst, sidecarLogging, cancellationToken);
            builder.Services.AddSingleton(burst);

            options.ConfigureServices?.Invoke(builder.Services);
            FunctionServicesConvention.Apply(options.FunctionsAssembly, builder.Services, builder.Configuration);
            AddDevHostServices(builder, catalog, hostSettings, storage, state);
            builder.Services.AddDurableFunctions(catalog, sidecar, durableOptions);

            var app = builder.Build();
            app.Use((http, next) =>
            {
                burst.Saw(http.Request.Method);
                return next(http);
            });
            app.UseEasyAuthHeaders();
            app.MapEasyAuthEndpoints();
            app.MapHttpFunctions(catalog, hostSettings.RoutePrefix);
            app.MapAdminEndpoints();
            await app.StartAsync(cancellationToken);
            var server = new DevHostServer(app, sidecar, children, sidecarLogging, info);
            if (options.DemoDataFile is { } demoData && app.Configuration.GetValue("DevHost:SeedDemoData", true))
            {
                await DemoDataSeeder.SeedOnceAsync(info.BaseAddress, app.Configuration["DevHost:HostKey"]!, demoData, state.PathOf("demo-seeded"), app.Services, app.Logger, cancellationToken);
            }
            if (options.PrintBanner)
            {
                StartupBanner.Print(consoleFormat == ConsoleFormat.Json ? Console.Error : Console.Out, server, catalog, state);
            }
            return server;
        }
        catch
        {
            // A failed start leaves nothing running behind it.
            if (sidecar is not null)
            {
                await sidecar.DisposeAsync();
            }
            sidecarLogging.Dispose();
            await children.DisposeAsync();
            throw;
        }
    }

    static void AddDevHostServices(WebApplicationBuilder builder, FunctionCatalog catalog, HostSettings hostSettings, string storage, LocalState state)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(catalog);
        services.AddSingleton<FunctionInvoker>();
        services.AddSingleton<BackgroundInvocations>();
        services.AddSingleton(new SessionCookie(configuration[LocalAccess.SessionKeySetting]!));
        services.AddSingleton(DemoUsers.Load(Path.Combine(AppContext.BaseDirectory, "demo-users.json")));
        services.AddSingleton(new FunctionKeys(
            configuration["DevHost:HostKey"]!,
            configuration["DevHost:FinanceKey"]!,
            (configuration["DevHost:FinanceRoutes"] ?? "invoices,credit-notes,reports,dashboard").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));

        // DevHost's own storage clients, apart from whatever the app registers.
        var tables = new TableServiceClient(storage);
        var queues = new QueueServiceClient(storage, new QueueClientOptions
        {
            MessageEncoding = hostSettings.Queues.Base64 ? QueueMessageEncoding.Base64 : QueueMessageEncoding.None,
        });
        var hostId = configuration["DevHost:HostId"] ?? hostSettings.TaskHubName;
        var timerStatus = new TimerStatusStore(tables, hostId);
        var locks = new BlobServiceClient(storage).GetBlobContainerClient("azure-webjobs-hosts");
        var lockOptions = configuration.GetSection("DevHost:Timers").Get<TimerLockOptions>() ?? new TimerLockOptions();
        foreach (var function in catalog.OfKind(TriggerKind.Timer))
        {
            var schedule = CronSchedule.Parse(SettingExpression.Resolve(((Microsoft.Azure.Functions.Worker.TimerTriggerAttribute)function.Trigger).Schedule, configuration));
            services.AddSingleton<IHostedService>(provider => ActivatorUtilities.CreateInstance<TimerFunctionScheduler>(
                provider, function, schedule, timerStatus,
                // Leases lapse in storage's time, never a test's clock.
                ActivatorUtilities.CreateInstance<TimerListenerLock>(provider, locks, hostId, function.Name, state.InstanceId, lockOptions, TimeProvider.System)));
        }
        foreach (var function in catalog.OfKind(TriggerKind.Queue))
        {
            var queueName = SettingExpression.Resolve(((Microsoft.Azure.Functions.Worker.QueueTriggerAttribute)function.Trigger).QueueName, configuration);
            services.AddSingleton<IHostedService>(provider => ActivatorUtilities.CreateInstance<QueueFunctionListener>(
                provider, function, queues.GetQueueClient(queueName), queues.GetQueueClient(queueName + "-poison"), hostSettings.Queues));
        }
    }

    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await sidecar.DisposeAsync();
        sidecarLogging.Dispose();
        await children.DisposeAsync();
    }
}
