using System.Text.Json;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>
/// Turns a raw body into a <see cref="SessionPayload"/>: first every token is scanned (JSON, UTF-8 text, finite
/// numbers), then the structure is validated, then it is deserialized. Faults come with their JSON path and a
/// message written for people; the first <see cref="PayloadFaults.Cap"/> are kept and all are counted. Unknown
/// fields and unknown item or metrics types are accepted; null reads as absent.
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
            PayloadValidator.Validate(document.RootElement, faults);
            if (faults.ErrorCount > 0)
            {
                return new PayloadParseResult(null, faults);
            }

            try
            {
                var payload = document.RootElement.Deserialize<SessionPayload>(PayloadJson.Options);
                return payload is null
                    ? new PayloadParseResult(null, [new PayloadError("$", "The body must be a JSON object.")])
                    : new PayloadParseResult(payload, faults);
            }
            catch (JsonException ex)
            {
                // The validator should have caught it: name the place, never the serializer's own text.
                faults.Add(ex.Path ?? "$", "This value does not have the type the contract expects here (see README, \"What a payload must hold\").");
                return new PayloadParseResult(null, faults);
            }
        }
    }

    /// <summary>Deserializes a body that was validated when it was accepted.</summary>
    public static SessionPayload Deserialize(ReadOnlyMemory<byte> body) =>
        JsonSerializer.Deserialize<SessionPayload>(body.Span, PayloadJson.Options)
        ?? throw new JsonException("The stored payload is null.");
}
