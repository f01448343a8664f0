using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.People;

/// <summary>
/// Other people in the decision or rollout, by role. A role the user names counts when the same sentence says how
/// they are involved (approve, decide, review, want to see, join, set it up, bring it to), that involvement is not
/// negated ("I don't need to check with our CFO"), and the sentence is not just a head count of users. The user's
/// own title ("I'm the ops director") never counts; a colleague with the same kind of title does. A role named in
/// answer to the agent asking who approves or decides counts without a verb ("anything over a grand goes to the cfo").
/// </summary>
internal static class StakeholderExtractor
{
    private const double DecisionConfidence = 0.8;
    private const double RolloutConfidence = 0.65;

    public static IReadOnlyList<Extracted<string>> Extract(Conversation conversation, IReadOnlyList<ScannedTurn> turns)
    {
        var found = new List<Extracted<string>>();
        List<string>? titled = null;
        foreach (var (turn, scan) in turns)
        {
            var text = turn.Text;
            bool? answersWho = null; // read on the first role that needs it: most turns name none
            var from = 0;
            foreach (var index in scan.TriggerIndexes(StakeholderVocabulary.RoleCue))
            {
                if (index < from || StakeholderVocabulary.Roles.MatchAt(text, index) is not var (phrase, end))
                {
                    continue;
                }

                from = end;
                var label = phrase.Label;
                var namesSomeone = !phrase.NeedsDeterminer || RoleMentionRules.HasDeterminer(text, label, index, end);
                var ownRole = RoleMentionRules.IsOwnRole(text, index) || RoleMentionRules.IsPredicate(text, index);
                if (namesSomeone && !ownRole && IsTitledBefore(phrase, titled))
                {
                    continue; // "our VP of operations ... the VP has the final say": the same person again, not a manager
                }

                if (namesSomeone && !ownRole && phrase.Words.Count > 1 && phrase.Label != ManagerLabel)
                {
                    (titled ??= []).Add(phrase.Words[0]);
                }

                if (namesSomeone && !ownRole
                    && !found.Exists(f => f.Value == label)
                    && (Involvement(text, index) ?? Answer(answersWho ??= AnswersWho(conversation, turn), text, index) ?? CoOwner(label, text, index, end)) is { } confidence)
                {
                    found.Add(new Extracted<string>(label, confidence, Evidence.Sentence(turn, index)));
                }
            }
        }

        // A decision the user makes jointly ("my wife and I decide together", "we both have to say yes", "partners
        // vote") has a co-decider: a partner, unless the body that votes is a board, whose title the vocabulary reads.
        if (!found.Exists(f => f.Value == PartnerLabel)
            && (DealCues.FirstEvidence(turns, AuthorityClauses.JointDecisionCue, (text, m) => !IsBody(m.ValueSpan))
                ?? DealCues.FirstEvidence(turns, StakeholderVocabulary.PartnersCue, (_, _) => true)) is { } joint)
        {
            found.Add(new Extracted<string>(PartnerLabel, RolloutConfidence, joint));
        }

        return found;
    }

    private const string PartnerLabel = "partner";

    private const string ManagerLabel = "manager";

    /// <summary>A bare title ("the VP") that an earlier mention gave a department ("our VP of operations").</summary>
    private static bool IsTitledBefore(RolePhrase phrase, List<string>? titled) =>
        titled is not null && phrase.Label == ManagerLabel && phrase.Words.Count == 1
        && titled.Exists(t => t.Equals(phrase.Words[0], StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A co-owner the user names as a peer ("me and my co-founder", "my partner and I") shares the business, so shares
    /// the decision, even when the sentence says nothing about deciding.
    /// </summary>
    private static double? CoOwner(string label, string text, int index, int end) =>
        label is PartnerLabel or "founder" && RoleMentionRules.IsNamedAsPeer(text, index, end) ? RolloutConfidence : null;

    private static bool AnswersWho(Conversation conversation, Turn turn) =>
        conversation.PreviousAssistant(turn) is { } asked && StakeholderVocabulary.AuthorityQuestion().IsMatch(asked.Text);

    /// <summary>A role the user names in answer to "who would approve it?" is involved, unless the user negates it ("not the CFO").</summary>
    private static double? Answer(bool answersWho, string text, int index) =>
        answersWho && !DealText.IsNegatedBefore(text, index) ? RolloutConfidence : null;

    private static bool IsBody(ReadOnlySpan<char> match) =>
        match.StartsWith("board", StringComparison.OrdinalIgnoreCase) || match.StartsWith("trustees", StringComparison.OrdinalIgnoreCase)
        || match.StartsWith("committee", StringComparison.OrdinalIgnoreCase) || match.StartsWith("council", StringComparison.OrdinalIgnoreCase)
        || match.StartsWith("members", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// How sure the sentence around <paramref name="index"/> makes a role's involvement, or null when it does not. A
    /// role named alone ("The GM.") borrows the next sentence when that sentence refers back to a person ("it's his call").
    /// </summary>
    private static double? Involvement(string text, int index)
    {
        if (DealText.IsNegatedBeforeOtherThanSelf(text, index))
        {
            return null;
        }

        var (start, end) = SentenceBounds.Around(text, index);
        if (InSentence(text, index, start, end) is { } here)
        {
            return here;
        }

        var next = end;
        while (next < text.Length && !SpeechTokenizer.IsWordChar(text[next]))
        {
            next++;
        }

        if (next >= text.Length)
        {
            return null;
        }

        var (nextStart, nextEnd) = SentenceBounds.Around(text, next);
        return nextStart >= end && StakeholderVocabulary.BackReference().IsMatch(text.AsSpan(nextStart, nextEnd - nextStart))
            ? InSentence(text, nextStart, nextStart, nextEnd) is { } borrowed ? Math.Min(borrowed, RolloutConfidence) : null
            : null;
    }

    /// <summary>
    /// The involvement a sentence gives the role at <paramref name="role"/>. A negated cue counts only when it is an
    /// authority the role itself withholds ("our CEO will never approve that"), not the user's ("no need to ask legal").
    /// </summary>
    private static double? InSentence(string text, int role, int start, int end)
    {
        var sentence = text.AsSpan(start, end - start);
        double? best = null;
        foreach (var cue in StakeholderVocabulary.Involvement().EnumerateMatches(sentence))
        {
            best = Strongest(best, text, role, start, sentence.Slice(cue.Index, cue.Length), cue.Index);
        }

        foreach (var cue in StakeholderVocabulary.MoreInvolvement().EnumerateMatches(sentence))
        {
            best = Strongest(best, text, role, start, sentence.Slice(cue.Index, cue.Length), cue.Index);
        }

        var usersOnly = best < DecisionConfidence && StakeholderVocabulary.Usage().IsMatch(sentence);
        return usersOnly ? null : best;
    }

    private static double? Strongest(double? best, string text, int role, int start, ReadOnlySpan<char> words, int at)
    {
        if (IsSignatureToken(words) && SignsADocument(text, start + at))
        {
            return best; // "vendor contracts that need signatures from the department head": who signs a document, not the purchase
        }

        var decisive = AuthorityWords(words);
        if (start + at < role && words.StartsWith("accept", StringComparison.OrdinalIgnoreCase))
        {
            return best; // "if a quote's accepted ... the board": only the role itself accepts or refuses the purchase
        }

        var withheldByRole = decisive && start + at > role;
        return withheldByRole || !DealText.IsNegatedBefore(text, start + at)
            ? Math.Max(best ?? 0, decisive ? DecisionConfidence : RolloutConfidence)
            : best;
    }

    private static bool IsSignatureToken(ReadOnlySpan<char> cue) =>
        cue.StartsWith("signature", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("initials", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("seal", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a document word comes earlier in the clause of the signature at <paramref name="index"/>.</summary>
    private static bool SignsADocument(string text, int index)
    {
        var clause = DealText.ClauseStart(text, index);
        for (var cursor = index; DealText.PreviousWord(text, cursor) is { } word && word.Start >= clause; cursor = word.Start)
        {
            if (DealText.IsAny(text.AsSpan(word.Start, word.End - word.Start), AuthorityExtractor.DocumentWords))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AuthorityWords(ReadOnlySpan<char> cue) =>
        cue.StartsWith("approv", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("sign", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("decid", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("decision", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("mak", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("review", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("run", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("recommend", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("vot", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("agree", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("final", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("say yes", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("his", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("her", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("their", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("own", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("control", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("belong", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("accept", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("choos", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("chose", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("pick", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("select", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("says", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("stamp", StringComparison.OrdinalIgnoreCase);
}
