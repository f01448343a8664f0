using System.Text.Json;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>
/// Reads the error bodies of the REST API, an array <c>[{"message","errorCode","fields"}]</c>
/// (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm), a single such object,
/// or the OAuth endpoint's <c>{"error","error_description"}</c>. Anything else (an HTML page of a proxy) yields no errors.
/// </summary>
internal static class SalesforceErrorParser
{
    public static IReadOnlyList<SalesforceError> Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Array => [.. root.EnumerateArray().Select(Read).OfType<SalesforceError>()],
                JsonValueKind.Object when Read(root) is { } single => [single],
                _ => [],
            };
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static SalesforceError? Read(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (Text(item, "errorCode") is { } code)
        {
            var fields = item.TryGetProperty("fields", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.String).Select(f => f.GetString()!).ToList()
                : [];
            return new SalesforceError(Text(item, "message") ?? "", code, fields);
        }

        return Text(item, "error") is { } oauthError
            ? new SalesforceError(Text(item, "error_description") ?? "", oauthError, [])
            : null;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
