using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Features;

/// <summary>
/// Capabilities the user asks for or says they need, kept unless the agent confirmed they exist, and kept anyway
/// when the user calls the existing one lacking ("the analytics are pretty basic", "we'd need them a lot better").
/// The agent's search queries restate vague asks ("can it change depending on the package?") and add them.
/// </summary>
internal static class FeatureRequestExtractor
{
    private static readonly PhraseMatcher<bool> RequestCues = new(
        "can we", "can i", "can it", "can you", "can they", "can the", "can customers", "can clients", "can patients",
        "can people", "can our", "can my", "could we", "could it", "is there", "are there", "does it", "does pandadoc",
        "do you", "need", "needs", "needed", "want", "wants", "wish", "would love", "i'd love", "we'd love",
        "looking for", "required", "require", "requires", "must", "have to", "has to", "important", "would be nice",
        "it'd be nice", "would like", "we'd like", "i'd like", "possible", "any way", "a way to", "ask about", "support",
        "how do i", "how do we", "how can i", "how can we", "how to", "figure out", "trying to", "what about", "how about",
        "should have", "should be able", "what if", "ideally", "hoping", "i hope", "we hope", "expected", "assumed",
        "a given", "dealbreaker", "deal breaker", "non negotiable", "essential", "a must", "any chance", "will it",
        "would it", "let them", "let us", "lets us", "allow", "able to", "so they can", "so we can", "gotta", "got to",
        "can't say", "cant say", "cannot say", "can't show", "cant show", "shouldn't say", "shouldnt say", "is it");

    private static readonly PhraseMatcher<bool> WantsBetterCues = new(
        "pretty basic", "too basic", "very basic", "kind of basic", "so basic", "it's basic", "are basic", "a lot better",
        "much better", "be better", "more detailed", "not enough", "too limited", "pretty limited", "improve", "improved",
        "lacking", "not good enough", "doesn't cut it", "falls short", "a real");

    private static readonly PhraseMatcher<bool> BeatsExpectations = new(
        "than i expected", "than we expected", "than i thought", "than we thought", "than i imagined", "than i hoped",
        "than expected", "than i was expecting", "than we were expecting");

    // Users say "no PandaDoc branding" or "without internet" to ask for a capability, not to refuse one.
    private static readonly string[] PartOfAsk = ["no", "without"];

    private const string Contrast = " but ";

    public static IReadOnlyList<Extracted<string>> Extract(Conversation conversation, IReadOnlyList<TermHit> hits)
    {
        var candidates = new List<FeatureCandidate>();
        var refused = new HashSet<(int Turn, string Value)>();
        var named = new HashSet<(int Turn, string Value)>();
        foreach (var hit in hits)
        {
            if (hit.Kind != TermKind.Feature)
            {
                continue;
            }

            named.Add((hit.Turn.Index, hit.Value));

            if (IsRefused(hit))
            {
                refused.Add((hit.Turn.Index, hit.Value));
            }
            else if (AsCandidate(hit) is { } candidate)
            {
                Add(candidates, candidate);
            }
        }

        var searches = SearchRecord.From(conversation);
        AddFromSearches(conversation, searches, candidates, refused, named);
        var confirmedSomewhere = candidates.Count == 0 ? [] : AgentReplyReader.ConfirmedAnywhere(conversation);

        // A capability can come up more than once ("can they pay in the document" confirmed, "can it charge them every
        // month" not): each mention is read against its own answer and the best reading wins.
        var requests = new List<Extracted<string>>();
        foreach (var candidate in candidates)
        {
            if (IsPartOfWhiteLabel(candidates, candidate))
            {
                continue;
            }

            var confidence = Confidence(conversation, searches, candidate, confirmedSomewhere);
            if (confidence <= 0)
            {
                continue;
            }

            var index = requests.FindIndex(r => r.Value == candidate.Value);
            var request = new Extracted<string>(candidate.Value, confidence, Evidence.Sentence(candidate.Turn, candidate.Start));
            if (index < 0)
            {
                requests.Add(request);
            }
            else if (confidence > requests[index].Confidence)
            {
                requests[index] = request;
            }
        }

        return requests;
    }

    /// <summary>
    /// "take the pandadoc stuff off so it looks like ours, our logo, our name": the user's own logo in a turn that asks
    /// to remove the vendor's brand is what white labelling puts in its place, not a separate branding request.
    /// </summary>
    private static bool IsPartOfWhiteLabel(List<FeatureCandidate> candidates, FeatureCandidate candidate) =>
        candidate.Value == "custom_branding" && candidates.Exists(c => c.Value == "white_label" && c.Turn.Index == candidate.Turn.Index);

    private static FeatureCandidate? AsCandidate(TermHit hit)
    {
        var (start, end) = SentenceBounds.Around(hit.Text, hit.Start);
        var sentence = hit.Text.AsSpan(start, end - start);
        var wantsBetter = WantsBetter(sentence);
        var asks = sentence.Contains('?') || RequestCues.In(ContrastClause(sentence, hit.Start - start)) || QuestionCues.IsQuestion(hit.Text, start, end);
        return asks || wantsBetter ? new FeatureCandidate(hit.Value, hit.Turn, hit.Start, 0.85, wantsBetter) : null;
    }

    /// <summary>
    /// The part of the sentence around <paramref name="at"/> between the "but"s that bound it: a need on the other
    /// side of "but" is about something else ("I'd need my GM to okay it, but if I show him the audit trail ...").
    /// </summary>
    private static ReadOnlySpan<char> ContrastClause(ReadOnlySpan<char> sentence, int at)
    {
        var before = sentence[..at].LastIndexOf(Contrast, StringComparison.OrdinalIgnoreCase);
        var from = before < 0 ? 0 : before + Contrast.Length;
        var after = sentence[at..].IndexOf(Contrast, StringComparison.OrdinalIgnoreCase);
        return after < 0 ? sentence[from..] : sentence[from..(at + after)];
    }

    private static bool IsRefused(TermHit hit)
    {
        if (NamesOurBrand(hit))
        {
            return false; // "it can't say pandadoc anywhere": hiding the brand is the ask
        }

        var negator = Negation.NegatorBefore(hit.Text, hit.Start);
        if (negator < 0)
        {
            return Negation.NegatedAfter(hit.Text, hit.End);
        }

        var (start, end) = WordScan.Next(hit.Text, negator, out _);
        return !WordScan.IsAny(hit.Text.AsSpan(start, end - start), PartOfAsk);
    }

    /// <summary>
    /// The agent searching the knowledge base for a capability right after a user's turn means the user raised it.
    /// A turn that asks (a cue or a question) gives a candidate as before; a turn that only states it ("and the leases
    /// can be in Spanish also", "i mean the slip itself") gives one that counts only if the search or the agent's
    /// answer comes back negative, and not when the user waved the capability off in that turn.
    /// </summary>
    /// <summary>A white-label term that names PandaDoc or the vendor ("pandadoc anywhere", "your name", "powered by").</summary>
    private static bool NamesOurBrand(TermHit hit)
    {
        if (hit.Value != "white_label")
        {
            return false;
        }

        var term = hit.Text.AsSpan(hit.Start, hit.End - hit.Start);
        return term.Contains("doc", StringComparison.OrdinalIgnoreCase) || term.Contains("your", StringComparison.OrdinalIgnoreCase)
            || term.Contains("powered", StringComparison.OrdinalIgnoreCase);
    }

    private static void AddFromSearches(Conversation conversation, List<SearchRecord> searches, List<FeatureCandidate> candidates, HashSet<(int Turn, string Value)> refused, HashSet<(int Turn, string Value)> named)
    {
        foreach (var search in searches)
        {
            if (search.Features.Count == 0 || LastUserTurn(conversation, search.TurnIndex) is not { } asker)
            {
                continue;
            }

            var sentence = SentenceClosestTo(asker.Text, search.Query);
            var asks = asker.Text.Contains('?', StringComparison.Ordinal) || RequestCues.In(asker.Text);
            // A query that restates a capability the user named ("offline signing mobile app no internet" after "no
            // signal") adds the agent's own words: only the named capability is the user's.
            var restatesNamed = NamesAny(search, asker.Index, named);
            foreach (var feature in search.Features)
            {
                if (restatesNamed && !named.Contains((asker.Index, feature)))
                {
                    continue;
                }

                if (asks || !refused.Contains((asker.Index, feature)))
                {
                    Add(candidates, new FeatureCandidate(feature, asker, sentence, 0.65, false) { OnlyIfDenied = !asks });
                }
            }
        }
    }

    private static bool NamesAny(SearchRecord search, int turn, HashSet<(int Turn, string Value)> named)
    {
        foreach (var feature in search.Features)
        {
            if (named.Contains((turn, feature)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Start of the user's sentence sharing the most words with the agent's search query (ties: the last).</summary>
    private static int SentenceClosestTo(string text, string query)
    {
        var (best, bestScore) = (0, -1);
        foreach (var (start, sentence) in SentenceBounds.Split(text))
        {
            var score = 0;
            foreach (var word in query.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length > 3 && sentence.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    score++;
                }
            }

            if (score >= bestScore)
            {
                (best, bestScore) = (start, score);
            }
        }

        return best;
    }

    /// <summary>How sure the candidate is a request, or 0 when the agent confirmed the capability exists.</summary>
    private static double Confidence(Conversation conversation, List<SearchRecord> searches, FeatureCandidate candidate, HashSet<string> confirmedSomewhere)
    {
        var verdict = AgentReplyReader.Read(conversation, searches, candidate.Turn, candidate.Value);
        if (verdict == ReplyVerdict.Unanswered && confirmedSomewhere.Contains(candidate.Value))
        {
            verdict = ReplyVerdict.Confirmed; // answered later in the call, e.g. when the user asked again
        }

        if (verdict == ReplyVerdict.Confirmed)
        {
            return candidate.WantsBetter || NextUserTurnWantsBetter(conversation, candidate.Turn) ? 0.75 : 0;
        }

        if (candidate.OnlyIfDenied && verdict is not (ReplyVerdict.SearchFoundNothing or ReplyVerdict.NotConfirmed))
        {
            return 0;
        }

        var confidence = verdict switch
        {
            ReplyVerdict.SearchFoundNothing => 0.9,
            ReplyVerdict.NotConfirmed => 0.85,
            _ => 0.6,
        };
        return Math.Round(Math.Min(confidence, candidate.Confidence + 0.05), 2);
    }

    /// <summary>"more detailed than I expected" praises what exists; only an unqualified comparative asks for more.</summary>
    private static bool WantsBetter(ReadOnlySpan<char> text) => WantsBetterCues.In(text) && !BeatsExpectations.In(text);

    private static bool NextUserTurnWantsBetter(Conversation conversation, Turn turn)
    {
        for (var i = turn.Index + 1; i < conversation.Turns.Count; i++)
        {
            if (conversation.Turns[i].IsUser)
            {
                return WantsBetter(conversation.Turns[i].Text);
            }
        }

        return false;
    }

    private static Turn? LastUserTurn(Conversation conversation, int turnIndex)
    {
        for (var i = Math.Min(turnIndex, conversation.Turns.Count - 1); i >= 0; i--)
        {
            if (conversation.Turns[i].IsUser)
            {
                return conversation.Turns[i];
            }
        }

        return null;
    }

    private static void Add(List<FeatureCandidate> candidates, FeatureCandidate candidate)
    {
        var index = candidates.FindIndex(c => c.Value == candidate.Value && c.Turn.Index == candidate.Turn.Index);
        if (index < 0)
        {
            candidates.Add(candidate);
        }
        else if (candidate.WantsBetter && !candidates[index].WantsBetter)
        {
            candidates[index] = candidates[index] with { WantsBetter = true };
        }
    }
}
