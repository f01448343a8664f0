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

    public static IReadOnlyList<Extracted<string>> Extract(IReadOnlyList<TermHit> hits)
    {
        var found = new List<Extracted<string>>();
        var dismissed = new HashSet<string>(StringComparer.Ordinal);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            if (hit.Kind != TermKind.Integration)
            {
                continue;
            }

            if (ThirdPartySubject.Before(hit.Text, hit.Start))
            {
                continue; // "our accountant uses QuickBooks": someone else's tool
            }

            if (IsDismissed(hit))
            {
                dismissed.Add(hit.Value);
                continue;
            }

            var sentence = CueText.SentenceSpan(hit.Text, hit.Start);
            var need = sentence.Contains('?') || NeedCues.In(sentence);
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
