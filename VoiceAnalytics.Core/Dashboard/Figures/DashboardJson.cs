using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceAnalytics.Core.Dashboard.Figures;

/// <summary>The dashboard responses' JSON: snake_case names like the rest of the API, nulls written (a figure without data is null, not missing).</summary>
public static class DashboardJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
