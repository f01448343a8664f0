using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// Reads each clause of a user turn in two parts: is it a concern (<see cref="ClauseConcern"/>), and which categories
/// is it about (<see cref="ClauseTopics"/>). A clause is a sentence, cut again at "but" and ";" so that "the templates
/// are great but the price is too much" puts the concern only on the price. A negated marker ("not a problem") is
/// no concern, unless the negator sits in an if-clause ("if it isn't compliant, that's a problem").
/// </summary>
internal static class ObjectionClauseReader
{
    private const double Confidence = 0.7;

    /// <param name="aboutPandaDoc">Whether money talk at an index is about PandaDoc rather than the incumbent.</param>
    public static void Read(Turn turn, Func<int, bool> aboutPandaDoc, List<ObjectionCandidate> found)
    {
        var text = turn.Text;
        var start = 0;

        // indirect concerns are rare: one scan of the turn, then each clause takes the matches inside it
        var indirect = ClauseConcern.Indirect().Match(text, 0, text.Length);
        while (start < text.Length)
        {
            var end = ClauseEnd(text, start);
            ReadClause(turn, start, end, aboutPandaDoc, ref indirect, found);
            start = end + 1;
        }
    }

    /// <summary>
    /// Dismay or a weighed reaction (<see cref="GapReaction"/>) right after the agent said a capability is missing: the gap is the objection, an
    /// integration when the agent's sentence is about connecting, a feature otherwise. Only when no other reader
    /// categorized the turn.
    /// </summary>
    public static void ReadReactionToGap(Conversation conversation, Turn turn, List<ObjectionCandidate> found)
    {
        var agent = conversation.PreviousAssistant(turn);
        if (agent is null || agent.Index != turn.Index - 1 || found.Exists(c => ReferenceEquals(c.Turn, turn) && c.FromReaction))
        {
            return;
        }

        var limitation = AgentAnswerCues.Limitation(conversation, agent);
        if (!limitation.Success)
        {
            return;
        }

        var (ls, le) = SentenceBounds.Around(agent.Text, limitation.Index);
        if (ObjectionTopics.Scheduling().Match(agent.Text, ls, le - ls).Success || ObjectionTopics.Accepts(turn.Text))
        {
            return;
        }

        var text = turn.Text;
        var reaction = FirstUnnegated(ClauseConcern.Dismay(), text, 0, text.Length) ?? GapReaction.Weighed(text);
        if (reaction is null)
        {
            ReadMissingConnection(conversation, agent, ls, le, turn, found);
            return;
        }

        if (CategorizedSentence(found, turn, reaction.Index))
        {
            return;
        }

        // the gap's own topic: a missing connection is integration, a missing security capability ("couldn't confirm
        // Okta single sign-on") is trust (LABELS: a security gate caused by a missing feature is trust), else features
        var category = ClauseTopics.Connect().Match(agent.Text, ls, le - ls).Success ? ObjectionCategories.Integration
            : ObjectionTopics.Has(ObjectionCategories.Trust, agent.Text, ls, le) ? ObjectionCategories.Trust
            : ObjectionCategories.Features;
        found.Add(new(category, turn, reaction.Index, reaction.Value, Confidence, true));
    }

    /// <summary>
    /// A connection the user asked about and the agent could not confirm stays an integration objection even when the
    /// user moves on without weighing it ("Shocking.", "and what about Canvas then?"): the need was stated and is
    /// unmet. A reply that lets it go (<see cref="GapReaction.LetsGo"/>) does not count. A missing capability that is
    /// not a connection needs the user's reaction: many are passing questions.
    /// </summary>
    private static void ReadMissingConnection(Conversation conversation, Turn agent, int start, int end, Turn turn, List<ObjectionCandidate> found)
    {
        var asked = conversation.PreviousUserTurn(turn);
        if (asked is not null && ObjectionTopics.Integration().Match(agent.Text, start, end - start).Success
            && ClauseTopics.Connect().IsMatch(asked.Text) && !GapReaction.LetsGo(turn.Text))
        {
            found.Add(new(ObjectionCategories.Integration, turn, 0, agent.Text[start..end].Trim(), Confidence, true));
        }
    }

    private static void ReadClause(Turn turn, int start, int end, Func<int, bool> aboutPandaDoc, ref Match indirect, List<ObjectionCandidate> found)
    {
        var text = turn.Text;
        var length = end - start;
        if (length <= 0)
        {
            return;
        }

        var lockIn = ClauseConcern.ContractLockIn().Match(text, start, length);
        if (lockIn.Success && text.AsSpan(start, length).IndexOf("pandadoc", StringComparison.OrdinalIgnoreCase) < 0)
        {
            found.Add(new(ObjectionCategories.Competitor, turn, lockIn.Index, lockIn.Value, Confidence, false));
        }

        var concern = FirstUnnegated(ClauseConcern.Marker(), text, start, length) ?? UnnegatedIn(ref indirect, text, start, end);
        if (concern is null && ClauseConcern.ConditionalRefusal().Match(text, start, length) is { Success: true } refusal)
        {
            concern = refusal;
        }

        if (concern is null && FirstUnnegated(ClauseConcern.Pain(), text, start, length) is { } pain && !ClauseConcern.PresentProcess().Match(text, start, length).Success)
        {
            concern = pain;
        }

        var marker = concern ?? FirstUnnegated(ClauseConcern.Gate(), text, start, length);
        if (marker is null)
        {
            return;
        }

        var named = 0;
        if (ClauseTopics.Trust().Match(text, start, length).Success)
        {
            Add(found, ObjectionCategories.Trust, turn, marker, ref named);
        }

        if (concern is null)
        {
            return; // a requirement gate is an objection for security and compliance only; a money gate is an approval
        }

        // read only now: most clauses hold no concern, and this regex ran on every clause
        var bound = lockIn.Success || ObjectionCues.LockIn().Match(text, start, length).Success;

        // Money owed on a running contract is lock-in, money that waits for a date is timing: both read elsewhere.
        var money = ClauseTopics.Money().Match(text, start, length);
        if (money.Success && aboutPandaDoc(money.Index) && !bound && !ObjectionCues.LaterDate().Match(text, start, length).Success)
        {
            Add(found, ObjectionCategories.Pricing, turn, marker, ref named);
        }

        if (ClauseTopics.Connect().Match(text, start, length).Success)
        {
            Add(found, ObjectionCategories.Integration, turn, marker, ref named);
        }

        if (!bound && ClauseTopics.Time().Match(text, start, length).Success) // a wait a contract explains is lock-in
        {
            Add(found, ObjectionCategories.Timing, turn, marker, ref named);
        }

        // A capability the user says is missing, when nothing read so far gave this clause a topic.
        if (named == 0 && !Categorized(found, turn, start, end) && ClauseConcern.MissingCapability().Match(text, start, length).Success)
        {
            Add(found, ObjectionCategories.Features, turn, marker, ref named);
        }
    }

    /// <summary>
    /// Another reader already gave the reaction's sentence a category: "that's a problem, the price is too much" is
    /// about the price, while a later sentence on another topic ("hm, that's a real gap. also the price is steep")
    /// leaves the gap standing.
    /// </summary>
    private static bool CategorizedSentence(List<ObjectionCandidate> found, Turn turn, int index)
    {
        var (start, end) = SentenceBounds.Around(turn.Text, index);
        return Categorized(found, turn, start, end);
    }

    private static bool Categorized(List<ObjectionCandidate> found, Turn turn, int start, int end) =>
        found.Exists(c => ReferenceEquals(c.Turn, turn) && c.Index >= start && c.Index < end);

    private static void Add(List<ObjectionCandidate> found, string category, Turn turn, Match marker, ref int named)
    {
        found.Add(new(category, turn, marker.Index, marker.Value, Confidence, false));
        named++;
    }

    /// <summary>The first unnegated match of a turn-wide scan that lies inside [start, end); moves past earlier clauses' matches.</summary>
    private static Match? UnnegatedIn(ref Match matches, string text, int start, int end)
    {
        while (matches.Success && matches.Index < start)
        {
            matches = matches.NextMatch();
        }

        for (var m = matches; m.Success && m.Index + m.Length <= end; m = m.NextMatch())
        {
            if (!IsNegated(text, m))
            {
                return m;
            }
        }

        return null;
    }

    private static Match? FirstUnnegated(GuardedRegex marker, string text, int start, int length)
    {
        for (var m = marker.Match(text, start, length); m.Success; m = m.NextMatch())
        {
            if (!IsNegated(text, m))
            {
                return m;
            }
        }

        return null;
    }

    private static bool IsNegated(string text, Match m) =>
        !StartsNegative(m.Value) && ConditionalScope.NegatedOutsideCondition(text, m.Index);

    private static bool StartsNegative(string value) =>
        value.StartsWith("not", StringComparison.OrdinalIgnoreCase) || value.StartsWith("can", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("won", StringComparison.OrdinalIgnoreCase) || value.StartsWith("no", StringComparison.OrdinalIgnoreCase);

    /// <summary>The end of the clause that starts at <paramref name="start"/>: a sentence end, ';', or before "but".</summary>
    private static int ClauseEnd(string text, int start)
    {
        var ceiling = Math.Min(text.Length, start + SpeechReach.MaxChars);
        for (var i = start; i < ceiling; i++)
        {
            var c = text[i];
            if (c is '.' or '?' or '!' or ';')
            {
                return i;
            }

            if (i > start && c == ' ' && i + 4 < text.Length && text[i + 4] == ' ' && string.Compare(text, i + 1, "but", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return i;
            }
        }

        return ceiling;
    }
}
