using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using OrderFlow.Functions;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Telemetry;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
// First, so that it answers for everything after it.
builder.UseMiddleware<StorageUnavailableMiddleware>();
builder.UseMiddleware<AccessMiddleware>();
OrderFlowFunctionServices.ConfigureFunctionServices(builder.Services, builder.Configuration);
builder.Services.AddOrderFlowTelemetry(builder.Configuration);
builder.Build().Run();
