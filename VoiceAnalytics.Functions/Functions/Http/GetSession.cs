using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using VoiceAnalytics.Core.Contracts.Parsing;
using VoiceAnalytics.Core.Contracts.TranscriptItems;
using VoiceAnalytics.Core.Sinks;
using VoiceAnalytics.Core.Storage;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Functions.Functions.Http;

/// <summary>
/// <c>GET /api/sessions/{id}[?include=transcript]</c>: the session's status, the failure reason, the deliveries and
/// the report once analyzed; with <c>include=transcript</c> also the call's transcript as stored (the dashboard's
/// session view highlights the report's evidence quotes in it). An erased session has no transcript left.
/// </summary>
public sealed class GetSession(ISessionStore store, IDeliveryLedger ledger)
{
    /// <summary>A bound on what one response carries, whatever the stored call held.</summary>
    internal const int MaxTranscriptEntries = 2_000;

    internal const int MaxToolOutputChars = 2_000;

    [Function(nameof(GetSession))]
    [RequiresApiKey]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "sessions/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var include = request.Query["include"].FirstOrDefault();
        if (include is not (null or "" or "transcript"))
        {
            return Problems.InvalidParameter("include", $"'{(include.Length <= 40 ? include : include[..40] + "...")}' is not known; the one value is transcript.");
        }

        var record = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return Problems.NotFound(id);
        }

        var deliveries = await ledger.GetAsync(id, cancellationToken).ConfigureAwait(false);
        var transcript = include == "transcript" ? await TranscriptAsync(id, cancellationToken).ConfigureAwait(false) : null;
        using var report = record.ReportJson is { } json ? JsonDocument.Parse(json) : null;
        return TypedResults.Ok(new SessionStatusResponse(
            record.SessionId,
            record.State.ToString().ToLowerInvariant(),
            record.FailureReason,
            record.ReceivedAt,
            record.UpdatedAt,
            [.. deliveries.Select(DeliveryResponse.From)],
            report?.RootElement.Clone(),
            transcript));
    }

    /// <summary>The stored call's transcript; empty when the body is gone (erased) or holds no transcript.</summary>
    private async Task<IReadOnlyList<TranscriptEntryResponse>> TranscriptAsync(string id, CancellationToken cancellationToken)
    {
        var body = await store.GetPayloadAsync(id, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return [];
        }

        // A stored body was valid when it was accepted; parsing it again cannot fail for a reason the caller could fix.
        var parsed = PayloadParser.Parse(body);
        return parsed.Payload is { } payload ? [.. payload.Transcript.Items.Take(MaxTranscriptEntries).Select(Entry).OfType<TranscriptEntryResponse>()] : [];
    }

    private static TranscriptEntryResponse? Entry(TranscriptItem item) => item switch
    {
        MessageItem m => new TranscriptEntryResponse(m.Id, "message", m.Role, m.Text, m.CreatedAt, m.Interrupted),
        FunctionCallItem c => new TranscriptEntryResponse(c.Id, "function_call", null, $"{c.Name}({c.Arguments})", c.CreatedAt),
        FunctionCallOutputItem o => new TranscriptEntryResponse(o.Id, "function_call_output", null,
            o.Output.Length <= MaxToolOutputChars ? o.Output : o.Output[..MaxToolOutputChars] + "...", o.CreatedAt, IsError: o.IsError),
        _ => null,
    };
}
