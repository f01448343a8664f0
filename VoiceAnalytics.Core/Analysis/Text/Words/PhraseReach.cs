namespace VoiceAnalytics.Core.Analysis.Text.Words;

/// <summary>How a <see cref="PhraseMatcher{T}"/> reads the words of a text when it matches at a word.</summary>
public enum PhraseReach
{
    /// <summary>Phrases of speech: a phrase stays within one clause and its words compare as written.</summary>
    Clause,

    /// <summary>
    /// Vocabularies of names and terms: a phrase reaches over punctuation and each word is read without a possessive
    /// "'s" ("DocuSign's" as "DocuSign").
    /// </summary>
    Terms,
}
