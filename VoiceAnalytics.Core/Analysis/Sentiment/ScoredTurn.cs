using VoiceAnalytics.Core.Analysis.Sentiment.Terms;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>A user turn read for sentiment: its normalized text and words, its score, its questions.</summary>
/// <param name="Questions">Character offsets where the turn's questions start.</param>
/// <param name="RepeatOf">The earlier user turn that asked the same question, when this turn repeats one.</param>
/// <param name="AnswersStatusQuo">True when the agent had just asked how the user works today.</param>
public sealed record ScoredTurn(Turn Turn, string Text, IReadOnlyList<SpokenWord> Words, TextSentiment Sentiment, IReadOnlyList<int> Questions, Turn? RepeatOf, bool AnswersStatusQuo = false)
{
    public double Score => Sentiment.Score;

    public bool HasEvidence => Sentiment.Hits.Count > 0;
}
