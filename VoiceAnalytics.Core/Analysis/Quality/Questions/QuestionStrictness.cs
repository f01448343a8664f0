namespace VoiceAnalytics.Core.Analysis.Quality.Questions;

/// <summary>Which question forms a clause may take: any at the start of a sentence, fewer in the middle of a statement.</summary>
internal enum QuestionStrictness
{
    /// <summary>The first content word of a sentence: "can customers ..." reads as a question even without '?'.</summary>
    SentenceStart,

    Any,

    /// <summary>Mid-sentence in punctuated text without '?': wh-words read as relatives, negative auxiliaries as statements.</summary>
    MidSentence,
}
