using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text;

/// <summary>
/// A turn's text read by <see cref="SpeechTokenizer"/> once per session, each view built on first use and then shared
/// by every reader through <see cref="Conversation.TextOf"/>. Analyzers may read it in parallel: a race builds the
/// same view twice and keeps one, so no lock is needed.
/// </summary>
public sealed class TurnText
{
    private string? _plain;
    private IReadOnlyList<SpokenWord>? _words;
    private IReadOnlyList<SpokenWord>? _splitWords;
    private TokenizedText? _tokens;

    public TurnText(string original) => Original = original ?? throw new ArgumentNullException(nameof(original));

    /// <summary>The text as spoken.</summary>
    public string Original { get; }

    /// <summary>The text with ’ made ' and its case kept (same offsets), the text <see cref="Words"/> index into.</summary>
    public string Plain => _plain ??= SpeechTokenizer.PlainApostrophes(Original);

    /// <summary>The spoken words of <see cref="Plain"/>.</summary>
    public IReadOnlyList<SpokenWord> Words => _words ??= SpeechTokenizer.Words(Plain);

    /// <summary>The words of <see cref="Original"/> at <see cref="WordGrain.Split"/>, as vocabularies match them.</summary>
    public IReadOnlyList<SpokenWord> SplitWords => _splitWords ??= SpeechTokenizer.Words(Original, WordGrain.Split);

    /// <summary>The tokens of the lower-cased text, for the number, date and sizing readers.</summary>
    public TokenizedText Tokens => _tokens ??= new TokenizedText(Original);
}
