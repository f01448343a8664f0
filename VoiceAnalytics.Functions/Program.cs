using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using VoiceAnalytics.Functions;
using VoiceAnalytics.Functions.Api;

// The isolated worker as the Azure Functions host starts it (ASP.NET Core integration for the HTTP triggers). For a
// local run without the Functions host, use VoiceAnalytics.LocalHost: it serves these same function classes.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ApiKeyFilter>();
builder.Services.AddVoiceAnalyticsFunctions(builder.Configuration);
await builder.Build().RunAsync().ConfigureAwait(false);
