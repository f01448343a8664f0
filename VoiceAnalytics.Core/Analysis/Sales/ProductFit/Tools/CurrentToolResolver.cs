using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;

/// <summary>
/// The one tool the user sends these documents with today: a competitor they are on now, else a named authoring tool
/// (Word, Google Docs), else "manual" when they describe paper, wet ink, printing or emailed PDFs; null when unsaid.
/// </summary>
internal static class CurrentToolResolver
{
    public const string Manual = "manual";

    private static readonly PhraseMatcher<bool> AlreadyCues = new("already", "been using", "been on", "currently");

    // A tool outside the current-tool enum that makes the documents ("an Excel template, saved as a PDF", "Tripleseat
    // makes the contracts and we print them"): the printing or PDF is a step after it, so the answer is not manual.
    private static readonly PhraseMatcher<bool> OtherAuthoringTools = new(
        "excel", "google sheets", "spreadsheet", "canva", "indesign", "honeybook", "dubsado", "tripleseat", "mcleod", "jobber",
        "quickbooks", "xero", "numbers template");

    // "I was on HoneyBook but I canceled in the summer, now I'm just emailing PDFs": a tool the user left does not
    // make today's manual steps its output.
    private static readonly PhraseMatcher<bool> LeftTool = new(
        "canceled", "cancelled", "stopped using", "quit", "dropped", "ditched", "used to use", "got rid of");

    private static readonly PhraseMatcher<bool> RepeatCues = new("again", "this time");

    private static readonly PhraseMatcher<bool> AlreadyLeftCues = new(
        "anymore", "any more", "no longer", "back to", "go back", "going back", "since we", "stopped", "used to");

    // "I'll copy it over by hand", "we'd be typing names in manually": re-keying data, not how documents go out.
    private static readonly string[] DataEntryVerbs = [
        "copy", "copying", "copied", "type", "typing", "typed", "retype", "retyping", "enter", "entering", "key", "keying",
        "re", "input", "inputting", "transfer", "transferring",
    ];

    // "a handwritten font": a look, not a process.
    private static readonly string[] LookNouns = ["font", "fonts", "style", "look", "feel"];

    public static Extracted<string>? Resolve(Conversation conversation, IReadOnlyList<TermHit> hits, IReadOnlyList<CompetitorMention> competitors)
    {
        var competitor = competitors
            .Where(c => c.Context == CompetitorContexts.CurrentTool)
            .OrderByDescending(c => c.Confidence)
            .FirstOrDefault();
        if (competitor is not null)
        {
            return new Extracted<string>(competitor.Competitor, competitor.Confidence, competitor.Evidence);
        }

        return AuthoringTool(conversation, hits) ?? ManualProcess(conversation, hits);
    }

    private static Extracted<string>? AuthoringTool(Conversation conversation, IReadOnlyList<TermHit> hits)
    {
        Extracted<string>? best = null;
        foreach (var hit in hits)
        {
            if (hit.Kind is not (TermKind.AuthoringTool or TermKind.OwnProduct))
            {
                continue;
            }

            var usage = ToolUsageClassifier.Classify(conversation, hit);
            var current = usage.Context == CompetitorContexts.CurrentTool || (usage.Context == CompetitorContexts.Mentioned && !usage.Cued);
            if (!current || (hit.Kind == TermKind.OwnProduct && !SaysAlreadyUsing(hit)))
            {
                continue;
            }

            if (best is null || usage.Confidence > best.Confidence)
            {
                best = new Extracted<string>(hit.Value, Math.Round(usage.Confidence, 2), Evidence.Sentence(hit.Turn, hit.Start));
            }
        }

        return best;
    }

    private static Extracted<string>? ManualProcess(Conversation conversation, IReadOnlyList<TermHit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.Kind != TermKind.ManualProcess)
            {
                continue;
            }

            var sentence = CueText.SentenceSpan(hit.Text, hit.Start);
            if (Negation.IsNegated(hit.Text, hit.Start, hit.End) && !RefusesARepeat(sentence))
            {
                continue;
            }

            if (sentence.Contains('?'))
            {
                continue; // "can I upload a PDF?" asks about PandaDoc, it does not describe today
            }

            if (OtherAuthoringTools.In(sentence) && !LeftTool.In(sentence))
            {
                return null; // a named tool outside the enum wins over the manual steps around it, unless they left it
            }

            if (IsDataEntry(hit) || IsLook(hit))
            {
                continue;
            }

            var answered = ToolUsageClassifier.Classify(conversation, hit).Context == CompetitorContexts.CurrentTool;
            return new Extracted<string>(Manual, answered ? 0.85 : 0.7, Evidence.Sentence(hit.Turn, hit.Start));
        }

        return null;
    }

    /// <summary>
    /// "I am not doing paper again", "signed digitally this time, not on paper": refusing to repeat a practice says it
    /// is the one used until now, unless the user has already left it ("not going back to paper", "no paper anymore").
    /// </summary>
    private static bool RefusesARepeat(ReadOnlySpan<char> sentence) => RepeatCues.In(sentence) && !AlreadyLeftCues.In(sentence);

        private static bool IsDataEntry(TermHit hit)
    {
        var (clauseStart, _) = CueText.Clause(hit.Text, hit.Start);
        return CueText.HasWord(hit.Text.AsSpan(clauseStart, hit.Start - clauseStart), DataEntryVerbs);
    }

    private static bool IsLook(TermHit hit)
    {
        var (start, end) = WordScan.Next(hit.Text, hit.End, out var crossed);
        return start >= 0 && !crossed && WordScan.IsAny(hit.Text.AsSpan(start, end - start), LookNouns);
    }

    private static bool SaysAlreadyUsing(TermHit hit) => AlreadyCues.In(CueText.ClauseSpan(hit.Text, hit.Start));
}
