using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VoiceAnalytics.Tests.Alerts.Slack;

namespace VoiceAnalytics.Tests.Alerts.PagerDuty;

/// <summary>
/// The Events API v2 on 127.0.0.1 (Kestrel, a free port): POST <c>/v2/enqueue</c> checks the event as documented
/// and answers 202 <c>{"status":"success","message":"Event processed","dedup_key"}</c> or 400
/// <c>{"status":"invalid event","message":"Event object is invalid","errors":[...]}</c>; a trigger opens the alert of
/// its dedup_key and a resolve closes it. Queued <see cref="ScriptedReply"/>s answer first (429, 5xx).
/// </summary>
public sealed class PagerDutyEventsServer : IAsyncDisposable
{
    private static readonly string[] Actions = ["trigger", "acknowledge", "resolve"];
    private static readonly string[] Severities = ["critical", "error", "warning", "info"];

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedReply> _script = new();
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();
    private readonly ConcurrentDictionary<string, string> _open = new();

    private PagerDutyEventsServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Received => [.. _received];

    /// <summary>dedup_keys of the alerts open now.</summary>
    public IReadOnlyCollection<string> OpenAlerts => [.. _open.Keys];

    public static async Task<PagerDutyEventsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new PagerDutyEventsServer(app);
        app.MapPost("/v2/enqueue", server.HandleAsync);
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    public void Enqueue(params ScriptedReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _received.Enqueue(new ReceivedRequest(context.Request.Path, context.Request.ContentType, body));
        if (_script.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted.Status;
            context.Response.ContentType = scripted.ContentType;
            if (scripted.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            await context.Response.WriteAsync(scripted.Body, context.RequestAborted);
            return;
        }

        var errors = Validate(body, out var action, out var dedupKey);
        if (errors.Count > 0)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsJsonAsync(new { status = "invalid event", message = "Event object is invalid", errors }, context.RequestAborted);
            return;
        }

        dedupKey ??= Guid.NewGuid().ToString("N");
        if (action == "trigger")
        {
            _open[dedupKey] = body;
        }
        else if (action == "resolve")
        {
            _open.TryRemove(dedupKey, out _);
        }

        context.Response.StatusCode = 202;
        await context.Response.WriteAsJsonAsync(new { status = "success", message = "Event processed", dedup_key = dedupKey }, context.RequestAborted);
    }

    private static List<string> Validate(string body, out string? action, out string? dedupKey)
    {
        action = dedupKey = null;
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return ["Event object is not valid JSON"];
        }

        List<string> errors = [];
        if (((string?)json?["routing_key"])?.Length != 32)
        {
            errors.Add("Length of 'routing_key' is incorrect (should be 32 characters)");
        }

        action = (string?)json?["event_action"];
        dedupKey = (string?)json?["dedup_key"];
        if (!Actions.Contains(action))
        {
            errors.Add("'event_action' is invalid (must be one of trigger, acknowledge, resolve)");
        }
        else if (action == "trigger")
        {
            var payload = json?["payload"];
            foreach (var field in new[] { "summary", "source" }.Where(f => string.IsNullOrWhiteSpace((string?)payload?[f])))
            {
                errors.Add($"'payload.{field}' is missing or blank");
            }

            if (!Severities.Contains((string?)payload?["severity"]))
            {
                errors.Add("'payload.severity' is invalid (must be one of critical, error, warning, info)");
            }
        }
        else if (string.IsNullOrWhiteSpace(dedupKey))
        {
            errors.Add("'dedup_key' is missing or blank");
        }

        return errors;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
