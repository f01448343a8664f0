using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Analysis.Text.Cues;

/// <summary>
/// A regex and the words that gate it: every match holds at least one of them (whole words, any case; a word written
/// "=IT" must match in that exact case). Shapes stand for numbers: "&lt;year&gt;" (2027), "&lt;ordinal&gt;" (15th),
/// "&lt;time&gt;" (2pm), "&lt;number&gt;". An anchored cue's pattern starts with <c>\G</c> and every match begins at a
/// trigger word, so it is tried only there; a cue without a pattern just marks where its words start. A
/// <see cref="CueScanner"/> decides where each cue is worth running.
/// </summary>
public sealed class Cue
{
    public Cue(Regex pattern, IReadOnlyCollection<string> words, bool anchored = false)
        : this(words, anchored)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
        Guarded = anchored ? null : new GuardedRegex(pattern);
    }

    public Cue(GuardedRegex pattern, IReadOnlyCollection<string> words, bool anchored = false)
        : this(words, anchored)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern.Exact;
        Guarded = anchored ? null : pattern;
    }

    /// <summary>Trigger words only: the scanner records where they start (see <see cref="ScannedText.TriggerIndexes"/>).</summary>
    public Cue(IReadOnlyCollection<string> words)
        : this(words, anchored: true)
    {
    }

    private Cue(IReadOnlyCollection<string> words, bool anchored)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Any(w => w.Length == 0 || w.Contains(' ', StringComparison.Ordinal) || w.Contains('-', StringComparison.Ordinal)))
        {
            throw new ArgumentException("Trigger words are single words without spaces or hyphens.", nameof(words));
        }

        Words = words;
        Anchored = anchored;
    }

    /// <summary>The regex, or null for a cue of trigger words only.</summary>
    public Regex? Pattern { get; }

    /// <summary>The pattern behind a guard, for a cue that is not anchored (the guard cannot start at a given index).</summary>
    internal GuardedRegex? Guarded { get; }

    public IReadOnlyCollection<string> Words { get; }

    public bool Anchored { get; }
}
