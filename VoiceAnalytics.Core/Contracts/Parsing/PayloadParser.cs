using System.Text.Json;
using VoiceAnalytics.Core.Contracts.Metrics;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// Turns a raw body into a <see cref="SessionPayload"/>: first every token is scanned (JSON, UTF-8 text, finite
/// numbers), then the strict part is validated (<see cref="PayloadValidator"/>: an error there refuses the body), then
/// it is deserialized and the sections the agent defines are read entry by entry (<see cref="LenientSections"/>: an
/// entry that does not parse is skipped with a warning). Faults come with their JSON path and a message written for
/// people; the first <see cref="PayloadFaults.Cap"/> of each severity are kept and all are counted. Unknown fields
/// and unknown item or metrics types are accepted; null reads as absent. A stored body is read the same way, so
/// analysis sees exactly what ingest accepted, warnings included.
/// </summary>
public static class PayloadParser
{
    public static PayloadParseResult Parse(ReadOnlyMemory<byte> body)
    {
        var faults = new PayloadFaults();
        if (!PayloadScan.Check(body.Span, faults))
        {
            return new PayloadParseResult(null, faults);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = PayloadScan.MaxDepth });
        }
        catch (JsonException)
        {
            faults.Add("$", "The body cannot be read: it is not valid JSON.");
            return new PayloadParseResult(null, faults);
        }

        using (document)
        {
            var root = document.RootElement;
            PayloadValidator.Validate(root, faults);
            if (faults.ErrorCount > 0)
            {
                return new PayloadParseResult(null, faults);
            }

            SessionPayload? payload;
            try
            {
                payload = root.Deserialize<SessionPayload>(PayloadJson.Options);
            }
            catch (JsonException ex)
            {
                // The validator should have caught it: name the place, never the serializer's own text.
                faults.Add(ex.Path ?? "$", "This value does not have the type the contract expects here (see docs/payload.md).");
                return new PayloadParseResult(null, faults);
            }

            if (payload is null)
            {
                faults.Add("$", "The body must be a JSON object.");
                return new PayloadParseResult(null, faults);
            }

            var lenient = LenientSections.Read(root, faults);
            payload = payload with
            {
                Metrics = lenient.Metrics,
                ToolCalls = lenient.ToolCalls,
                ModelUsage = lenient.ModelUsage,
                ModelUsageSource = lenient.ModelUsageSource,
                UsageSummary = lenient.UsageSummary,
                DiscoveredSignals = lenient.DiscoveredSignals,
                ConnectionQuality = lenient.ConnectionQuality,
                Warnings = faults.Warnings,
                WarningCount = faults.WarningCount,
            };
            return new PayloadParseResult(payload, faults);
        }
    }

    /// <summary>Reads a body that was validated when it was accepted; throws <see cref="JsonException"/> if it no longer reads.</summary>
    public static SessionPayload Deserialize(ReadOnlyMemory<byte> body)
    {
        var parsed = Parse(body);
        return parsed.IsValid
            ? parsed.Payload
            : throw new JsonException($"The stored payload no longer reads: {parsed.Errors.FirstOrDefault(e => e.Severity == FaultSeverity.Error)?.Message}");
    }
}
