using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.AI;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>The model's JSON: snake_case both ways, and the strict schema generated from <see cref="ModelAnswer"/>.</summary>
public static class LlmJson
{
    public const string SchemaName = "call_analysis";

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The schema of <see cref="ModelAnswer"/>, without <c>$schema</c> (strict mode accepts a subset of keywords).</summary>
    public static JsonElement Schema { get; } = AIJsonUtilities.CreateJsonSchema(
        typeof(ModelAnswer),
        serializerOptions: Options,
        inferenceOptions: new AIJsonSchemaCreateOptions { IncludeSchemaKeyword = false });

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
