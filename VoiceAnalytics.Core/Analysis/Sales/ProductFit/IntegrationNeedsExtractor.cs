using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>
/// Tools the user wants PandaDoc to connect to, now or soon. A tool the user says they do not use, stopped using or
/// should be forgotten ("we don't use Salesforce", "we dropped it", "forget Pipedrive") is left out, unless they also
/// ask for it outright. "It doesn't sync with Salesforce" is a need, not a dismissal.
/// </summary>
internal static class IntegrationNeedsExtractor
{
    private static readonly string[] ConnectVerbs =
    [
        "connect", "connects", "sync", "syncs", "syncing", "integrate", "integrates", "work", "works", "talk", "talks",
        "plug", "plugs", "support", "supports", "push", "pull", "hook", "link", "update", "updates",
    ];

    private static readonly PhraseMatcher<bool> NeedCues = new(
        "connect", "connected", "connects", "connecting", "integrate", "integration", "integrations", "sync", "syncs", "syncing",
        "plug", "plugged", "hook", "hooked", "work with", "works with", "talk to", "talks to", "push", "pull", "must",
        "need", "needs", "required", "does it", "can it", "save to", "live in", "lives in", "land in", "go through",
        "notification", "ping", "we'd want", "want");

    // "we got HubSpot for the emails but I don't need this hooked up to that", "i not use zapier, no need", "we
    // wouldn't connect it": a need denied after the tool, before another tool is named, dismisses it; a sentence
    // that denies a need does not ask for the tool it names.
    private static readonly PhraseMatcher<bool> DeniedNeeds = new(
        "don't need", "dont need", "do not need", "doesn't need", "doesnt need", "does not need", "won't need",
        "wont need", "not need", "no need", "not a need", "wouldn't connect", "wouldnt connect", "won't connect",
        "don't want it connected", "dont want it connected", "don't need it connected", "doesn't have to connect");

    // "our CRM is sales force, no, sorry, ignore me", "salesforce no, we're all encompass", "I'm done with Zapier".
    private static readonly PhraseMatcher<bool> Retractions = new(
        "no sorry", "sorry no", "ignore me", "ignore that", "scratch that", "forget that", "my mistake");

    private static readonly PhraseMatcher<bool> Rejections = new("done with", "fed up with", "sick of", "finished with");

    private const int RejectionReach = 4;

    public static IReadOnlyList<Extracted<string>> Extract(IReadOnlyList<TermHit> hits)
    {
        var found = new List<Extracted<string>>();
        var dismissed = new HashSet<string>(StringComparer.Ordinal);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Kind != TermKind.Integration)
            {
                continue;
            }

            if (ThirdPartySubject.Before(hit.Text, hit.Start))
            {
                continue; // "our accountant uses QuickBooks": someone else's tool
            }

            if (IsDismissed(hit) || IsDeniedAfter(hits, i) || IsRejected(hit))
            {
                dismissed.Add(hit.Value);
                continue;
            }

            var sentence = CueText.SentenceSpan(hit.Text, hit.Start);
            var need = sentence.Contains('?') || (NeedCues.In(sentence) && !DeniedNeeds.In(sentence));
            if (need)
            {
                asked.Add(hit.Value);
            }

            var index = found.FindIndex(e => e.Value == hit.Value);
            var candidate = new Extracted<string>(hit.Value, need ? 0.9 : 0.75, Evidence.Sentence(hit.Turn, hit.Start));
            if (index < 0)
            {
                found.Add(candidate);
            }
            else if (candidate.Confidence > found[index].Confidence)
            {
                found[index] = candidate;
            }
        }

        found.RemoveAll(e => dismissed.Contains(e.Value) && !asked.Contains(e.Value));
        return found;
    }

    /// <summary>
    /// A denied need or a retraction after the tool, in its sentence and before the next tool named there, is about
    /// this tool; "salesforce no," answers no right after it.
    /// </summary>
    private static bool IsDeniedAfter(IReadOnlyList<TermHit> hits, int index)
    {
        var hit = hits[index];
        var (_, sentenceEnd) = SentenceBounds.Around(hit.Text, hit.Start);
        var end = sentenceEnd;
        for (var next = index + 1; next < hits.Count && ReferenceEquals(hits[next].Turn, hit.Turn) && hits[next].Start < end; next++)
        {
            if (hits[next].Kind == TermKind.Integration && hits[next].Start >= hit.End)
            {
                // "we need salesforce, we don't need hubspot": a denial right before the next tool is that tool's.
                var negator = Negation.NegatorBefore(hit.Text, hits[next].Start);
                end = negator >= hit.End ? negator : hits[next].Start;
                break;
            }
        }

        if (end <= hit.End)
        {
            return false;
        }

        var after = hit.Text.AsSpan(hit.End, end - hit.End);
        if (DeniedNeeds.In(after) || Retractions.In(after))
        {
            return true;
        }

        var (start, wordEnd) = WordScan.Next(hit.Text, hit.End, out var crossed);
        if (start < 0 || crossed || !WordScan.IsAny(hit.Text.AsSpan(start, wordEnd - start), ["no", "nope", "nah"]))
        {
            return false;
        }

        WordScan.Next(hit.Text, wordEnd, out var breakAfter);
        return breakAfter;
    }

    /// <summary>"I'm done with Zapier", "sick of HubSpot": the tool is rejected.</summary>
    private static bool IsRejected(TermHit hit)
    {
        var (clauseStart, _) = CueText.Clause(hit.Text, hit.Start);
        var from = hit.Start;
        for (var i = 0; i < RejectionReach; i++)
        {
            var (start, _) = WordScan.Previous(hit.Text, from, out var crossed);
            if (start < clauseStart || start < 0 || crossed)
            {
                break;
            }

            from = start;
        }

        return Rejections.In(hit.Text.AsSpan(from, hit.Start - from));
    }

    // "Salesforce? no, we don't need that": the user asks themselves and says no.
    private static bool AnsweredNo(string text, int termEnd)
    {
        var (start, end) = WordScan.Next(text, termEnd, out var crossed);
        return crossed && start >= 0 && termEnd < text.Length && text[termEnd] == '?' && WordScan.IsAny(text.AsSpan(start, end - start), ["no", "nope", "nah"]);
    }

    private static bool IsDismissed(TermHit hit)
    {
        var text = hit.Text;
        if (Negation.NegatedAfter(text, hit.End) || PastReference.IsPast(text, hit.Start, hit.End) || AnsweredNo(text, hit.End))
        {
            return true;
        }

        var negator = Negation.NegatorBefore(text, hit.Start);
        return negator >= 0 && !CueText.HasWord(text.AsSpan(negator, hit.Start - negator), ConnectVerbs);
    }
}
