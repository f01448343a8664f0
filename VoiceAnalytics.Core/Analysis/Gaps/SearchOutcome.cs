using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>One knowledge-base search as read from its call and output.</summary>
/// <param name="Found">Results found; false for 0 results or an error.</param>
/// <param name="IsError">The tool failed (is_error, or an error object/text).</param>
/// <param name="ResultCount">The count the output reported, when it did.</param>
internal sealed record SearchOutcome(ToolExchange Exchange, string Query, string? Category, bool Found, bool IsError, int? ResultCount, string? Error);
