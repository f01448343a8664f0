namespace VoiceAnalytics.Core.Analysis.Sentiment.Terms;

/// <summary>What a word says about its whole sentence; see <see cref="SentimentLexicon.ContextCues"/>.</summary>
[Flags]
public enum ContextCue
{
    None = 0,
    Hypothetical = 1,
    Past = 2,
    StatusQuo = 4,
    Contrast = 8,

    /// <summary>The sentence is about the call's connection ("the line is really bad"), not about the product.</summary>
    Circumstance = 16,
}
