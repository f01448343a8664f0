using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>A frustration or enthusiasm marker.</summary>
/// <param name="Kind">keyword | sigh | repetition_complaint | exclamation | repeated_question | follow_up_questions.</param>
public sealed record SentimentMarker(string Kind, string Cue, double Confidence, Evidence Evidence);
