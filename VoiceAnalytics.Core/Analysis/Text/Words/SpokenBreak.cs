namespace VoiceAnalytics.Core.Analysis.Text.Words;

/// <summary>The strongest punctuation between a word and the next one; ordered so that sentence ends compare greater.</summary>
public enum SpokenBreak : byte
{
    None = 0,

    /// <summary>A comma, semicolon, colon or dash: the next word starts a new clause.</summary>
    Clause = 1,

    Period = 2,
    Exclamation = 3,
    Question = 4,
}
