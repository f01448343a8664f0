namespace VoiceAnalytics.Core.Alerts.PagerDuty;

/// <summary>
/// The answer's body: 202 <c>{"status":"success","message":"Event processed","dedup_key":"..."}</c>, 400
/// <c>{"status":"invalid event","message":"Event object is invalid","errors":["..."]}</c>.
/// </summary>
internal sealed record PagerDutyResponse(string? Status, string? Message, string? DedupKey, IReadOnlyList<string>? Errors);
