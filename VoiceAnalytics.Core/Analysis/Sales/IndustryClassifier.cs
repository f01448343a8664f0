using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales;

/// <summary>
/// The user's own company's industry: industry words are weighed (naming words strongly, hints weakly, hints capped
/// so a few of them cannot outvote a name), and words about their customers or partners ("our clients are law
/// firms", "a partner grocery store") are left out. Null when nothing reaches the threshold.
/// </summary>
internal static class IndustryClassifier
{
    private const double Threshold = 0.6;
    private const double HintCap = 0.6;

    private static readonly CuePhrases OthersBefore = new(
        "our customers", "our clients", "our customer", "our client", "customers are", "clients are", "sell to", "we serve",
        "serve", "work with", "partner with", "customers like", "clients like", "for clients", "for customers", "clients in",
        "customers in", "companies like", "vendors", "sponsors", "software for", "platform for", "app for", "tools for",
        "tool for", "product for", "products for", "services for", "selling to", "serving", "we help",
        "we support", "built for");

    private static readonly CuePhrases SpokenAddress = new("dot com", "dot io", "dot net", "dot org", "dot co", "dot gov", "dot edu", "dot us");

    private static readonly string[] OthersAdjacent = [
        "partner", "client", "customer", "clients", "customers", "sponsor",
    ];

    // "our accountant", "my lawyer": a person who serves them, not what they are ("I'm an accountant").
    private static readonly string[] PersonRoles =
    [
        "accountant", "accountants", "attorney", "attorneys", "lawyer", "lawyers", "consultant", "consultants", "realtor",
        "realtors", "therapist", "dentist", "recruiter", "recruiters", "advisor", "advisors", "custodian",
    ];

    private static readonly string[] Possessives = ["our", "my", "the", "their", "his", "her"];

    public static Extracted<string>? Classify(List<TermHit> hits)
    {
        // Per industry: the weight of naming words, of hints (capped), and the first naming hit as evidence.
        var scores = new Dictionary<string, (double Names, double Hints, TermHit Quote)>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            if (hit.Kind != TermKind.Industry || IsAboutOthers(hit) || Negation.IsNegated(hit.Text, hit.Start, hit.End))
            {
                continue;
            }

            var isName = hit.Entry.Weight >= 1.0;
            if (!scores.TryGetValue(hit.Value, out var score))
            {
                score = (0, 0, hit);
            }
            else if (isName && score.Names == 0)
            {
                score.Quote = hit;
            }

            score = isName
                ? (score.Names + hit.Entry.Weight, score.Hints, score.Quote)
                : (score.Names, Math.Min(HintCap, score.Hints + hit.Entry.Weight), score.Quote);
            scores[hit.Value] = score;
        }

        var ranked = scores.OrderByDescending(s => s.Value.Names + s.Value.Hints).ToList();
        var best = ranked.Count > 0 ? ranked[0].Value : default;
        var total = best.Names + best.Hints;
        if (ranked.Count == 0 || total < Threshold)
        {
            return null;
        }

        var runnerUp = ranked.Count > 1 ? ranked[1].Value.Names + ranked[1].Value.Hints : 0;
        var confidence = Math.Clamp(0.45 + (0.25 * Math.Min(total, 2)) - (0.3 * runnerUp / total), 0.3, 0.95);
        return new Extracted<string>(ranked[0].Key, Math.Round(confidence, 2), Evidence.Sentence(best.Quote.Turn, best.Quote.Start));
    }

    private static bool IsAboutOthers(TermHit hit)
    {
        var text = hit.Text;
        if (SpokenAddress.In(CueText.SentenceSpan(text, hit.Start)))
        {
            return true; // "marcus at brightline logistics dot com": an email domain is not evidence
        }

        var (clauseStart, _) = CueText.Clause(text, hit.Start);
        if (OthersBefore.In(text.AsSpan(clauseStart, hit.Start - clauseStart)))
        {
            return true;
        }

        var (prevStart, prevEnd) = WordScan.Previous(text, hit.Start, out var crossedBefore);
        var (nextStart, nextEnd) = WordScan.Next(text, hit.End, out var crossedAfter);
        var previous = prevStart >= 0 && !crossedBefore ? text.AsSpan(prevStart, prevEnd - prevStart) : [];
        if (WordScan.IsAny(previous, Possessives) && WordScan.IsAny(text.AsSpan(hit.Start, hit.End - hit.Start), PersonRoles))
        {
            return true;
        }

        return WordScan.IsAny(previous, OthersAdjacent)
            || (nextStart >= 0 && !crossedAfter && WordScan.IsAny(text.AsSpan(nextStart, nextEnd - nextStart), OthersAdjacent));
    }
}
