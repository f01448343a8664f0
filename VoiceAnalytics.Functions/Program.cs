using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VoiceAnalytics.Functions;
using VoiceAnalytics.Functions.Api;

// The isolated worker as the Azure Functions host starts it (ASP.NET Core integration for the HTTP triggers). For a
// local run without the Functions host, use VoiceAnalytics.LocalHost: it serves these same function classes.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<FailureMapping>(); // 408 for a stalled body, 503 + Retry-After when storage cannot write
builder.UseMiddleware<ApiKeyFilter>();
builder.Services.AddVoiceAnalyticsFunctions(builder.Configuration);
builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults(); // ties our spans to the host's invocation spans
await builder.Build().RunAsync().ConfigureAwait(false);
