using System.Text.Json;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>
/// Turns a raw body into a <see cref="SessionPayload"/>: first the structure is validated (every fault, with its
/// JSON path), then it is deserialized. Unknown fields and unknown item or metrics types are accepted.
/// </summary>
public static class PayloadParser
{
    public static PayloadParseResult Parse(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : "";
            return new PayloadParseResult(null, [new PayloadError("$", "The body is not valid JSON" + where + ".")]);
        }

        using (document)
        {
            var errors = PayloadValidator.Validate(document.RootElement);
            if (errors.Count > 0)
            {
                return new PayloadParseResult(null, errors);
            }

            try
            {
                var payload = document.RootElement.Deserialize<SessionPayload>(PayloadJson.Options);
                return payload is null
                    ? new PayloadParseResult(null, [new PayloadError("$", "The body must be a JSON object.")])
                    : new PayloadParseResult(payload, []);
            }
            catch (JsonException ex)
            {
                // The validator should have caught it; report the serializer's path rather than fail obscurely.
                return new PayloadParseResult(null, [new PayloadError(ex.Path ?? "$", ex.Message)]);
            }
        }
    }

    /// <summary>Deserializes a body that was validated when it was accepted.</summary>
    public static SessionPayload Deserialize(ReadOnlyMemory<byte> body) =>
        JsonSerializer.Deserialize<SessionPayload>(body.Span, PayloadJson.Options)
        ?? throw new JsonException("The stored payload is null.");
}
