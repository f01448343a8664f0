using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VoiceAnalytics.Tests.Alerts.Slack;

/// <summary>
/// Slack's incoming webhooks on 127.0.0.1 (Kestrel, a free port): POST <c>/services/{hook}</c> answers 200 <c>ok</c>,
/// 400 <c>invalid_payload</c> for a body that is not JSON, or the next <see cref="ScriptedReply"/> queued for that hook.
/// </summary>
public sealed class SlackWebhookServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedReply>> _scripts = new();
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();

    private SlackWebhookServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Received => [.. _received];

    public static async Task<SlackWebhookServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new SlackWebhookServer(app);
        app.MapPost("/services/{**hook}", (HttpContext context, string hook) => server.HandleAsync(context, hook));
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    /// <summary>The webhook URL of <paramref name="hook"/>, as Slack's <c>https://hooks.slack.com/services/T/B/X</c>.</summary>
    public string WebhookUrl(string hook) => new Uri(BaseAddress, $"/services/{hook}").AbsoluteUri;

    public void Enqueue(string hook, params ScriptedReply[] replies)
    {
        var queue = _scripts.GetOrAdd(hook, _ => new ConcurrentQueue<ScriptedReply>());
        foreach (var reply in replies)
        {
            queue.Enqueue(reply);
        }
    }

    public IReadOnlyList<ReceivedRequest> ReceivedBy(string hook) => [.. _received.Where(r => r.Path == $"/services/{hook}")];

    private async Task HandleAsync(HttpContext context, string hook)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _received.Enqueue(new ReceivedRequest(context.Request.Path, context.Request.ContentType, body));
        var reply = IsJson(body) ? Next(hook) : new ScriptedReply(400, "invalid_payload");
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = reply.ContentType;
        if (reply.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsync(reply.Body, context.RequestAborted);
    }

    private ScriptedReply Next(string hook) =>
        _scripts.TryGetValue(hook, out var queue) && queue.TryDequeue(out var reply) ? reply : new ScriptedReply(200, "ok", ContentType: "text/html");

    private static bool IsJson(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
