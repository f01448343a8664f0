using Microsoft.Extensions.Options;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>Names every bad <c>Llm:*</c> setting at start, one line each.</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
