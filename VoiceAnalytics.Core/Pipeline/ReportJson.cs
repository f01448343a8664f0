using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Pipeline;

/// <summary>Serializer settings of reports and checkpoints: snake_case, enums as strings, nulls kept (a null is an answer).</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
