using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>A clear change of the user's sentiment from one turn to the next, and what came just before it.</summary>
/// <param name="Direction">up | down.</param>
/// <param name="Cause">tool_error | search_no_results | booking_failed | booking_succeeded | agent_interrupted | agent_reply.</param>
/// <param name="CauseEvidence">The agent's words just before the shift, when there were any.</param>
public sealed record SentimentShift(string ItemId, string Direction, double Delta, string Cause, Evidence? CauseEvidence);
