using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Sales;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// Finds objections in the user's turns, four ways: a cue that is an objection on its own (<see cref="ObjectionCues"/>);
/// a concern marker, a security gate or a malfunction next to a topic (<see cref="ObjectionTopics"/>); and a negative
/// reaction to the agent saying a capability is missing, categorized by what was missing.
/// </summary>
internal static class ObjectionDetector
{
    public static List<ObjectionCandidate> Detect(Conversation conversation)
    {
        var found = new List<ObjectionCandidate>();
        var reads = RepeatedReads.Of(conversation);
        foreach (var turn in conversation.UserTurns)
        {
            var first = found.Count;
            var aboutIncumbent = AnswersCurrentToolQuestion(conversation, turn);
            // The turn's competitor names (from the call's shared product-term read), only when a contract term or a defect asks for them.
            var competitors = new Lazy<IReadOnlyList<TermHit>>(() => ProductLexicon.CompetitorTermsOf(conversation, turn));
            AddPricing(found, turn, ObjectionCues.Pricing(), aboutIncumbent, competitors);
            AddPricing(found, turn, ObjectionCues.PricingSpoken(), aboutIncumbent, competitors);
            if (ObjectionCues.MayWeighPrice(turn.Text))
            {
                AddPricing(found, turn, ObjectionCues.PricingWeighed(), aboutIncumbent, competitors);
            }


            AddLockIns(found, turn, reads.LockIns(turn));
            CompetitorContractReader.Read(turn, competitors, found);
            AddEach(found, turn, reads.SwitchJustifications(turn), ObjectionCategories.Competitor, 0.6);
            AddTiming(found, conversation, turn, competitors, ObjectionCues.Timing());
            AddTiming(found, conversation, turn, competitors, ObjectionCues.Deferral());
            AddLegalDoubts(found, turn);
            AddConcernAnswer(found, conversation, turn, aboutIncumbent);
            AddEach(found, turn, ObjectionCues.Other().Matches(turn.Text), ObjectionCategories.Other, 0.75);
            if (reads.Procurements(turn).Count > 0) // the barrier finder's wider cue, read once: no match there, no procurement step
            {
                AddProcurementObstacle(found, conversation, turn);
            }

            AddEach(found, turn, ObjectionTopics.DataLocationQuestion().Matches(turn.Text), ObjectionCategories.Trust, 0.7);
            AddComplianceRegime(found, conversation, turn);
            AddProductDefect(found, turn, competitors);
            AddFeatureComplaint(found, turn, competitors, aboutIncumbent);
            var concerns = ObjectionTopics.Concern().Matches(turn.Text);
            AddNearTopic(found, turn, concerns, null, aboutIncumbent, 0.75);
            AddNearTopic(found, turn, ObjectionTopics.Gate().Matches(turn.Text), ObjectionCategories.Trust, aboutIncumbent, 0.8);
            AddNearTopic(found, turn, ObjectionTopics.Malfunction().Matches(turn.Text), ObjectionCategories.Integration, aboutIncumbent, 0.75);
            AddReaction(found, conversation, turn, concerns);
            ObjectionClauseReader.Read(turn, index => IsAboutPandaDoc(turn, index, aboutIncumbent), found);
            ObjectionClauseReader.ReadReactionToGap(conversation, turn, found);
            KeepOnePerCategory(found, first);
        }

        return found;
    }

    private static void AddPricing(List<ObjectionCandidate> found, Turn turn, GuardedRegex cue, bool aboutIncumbent, Lazy<IReadOnlyList<TermHit>> competitors)
    {
        foreach (Match m in cue.Matches(turn.Text))
        {
            // "why would I pay for two things?" asks about paying for a new tool, whatever the sentence is about
            var asksWhyPay = m.Value.StartsWith("why", StringComparison.OrdinalIgnoreCase);
            if (!IsNegated(turn, m) && (asksWhyPay || IsAboutPandaDoc(turn, m.Index, aboutIncumbent)) && !PricesNamedCompetitor(turn, m, competitors))
            {
                found.Add(new(BudgetWaitsForDate(turn.Text, m) ? ObjectionCategories.Timing : ObjectionCategories.Pricing, turn, m.Index, m.Value, 0.85, false));
            }
        }
    }

    /// <summary>
    /// "DocuSign was too expensive so we dropped it": a price word judging a competitor tried in the past and named in
    /// its sentence, with no word for PandaDoc and no comparison ("costly compared to Zoho Sign" still weighs PandaDoc's price).
    /// </summary>
    private static bool PricesNamedCompetitor(Turn turn, Match m, Lazy<IReadOnlyList<TermHit>> competitors)
    {
        if (!AbsolutePriceWord.IsMatch(m.Value))
        {
            return false;
        }

        var (start, end) = SentenceBounds.Around(turn.Text, m.Index);
        var sentence = turn.Text.AsSpan(start, end - start);
        return PastTrial.IsMatch(sentence) && competitors.Value.Any(h => h.Start >= start && h.Start < end)
            && !ObjectionTopics.AboutPandaDoc().IsMatch(sentence) && !Comparison.IsMatch(sentence);
    }

    /// <summary>
    /// A tool tried or left in the past ("we tried X before", "it was too pricey at the time", "I had a look at X but found
    /// it a bit much", "we moved to X two years ago"); a friend's present complaint still raises price.
    /// </summary>
    private static readonly Regex PastTrial = new(
        @"\b(?:was|were|tried|dropped|left|ditched|cancell?ed|stopped|moved|had|found|ago|used\s+to|before|back\s+then|last\s+year|at\s+the\s+time)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex AbsolutePriceWord = new(
        @"\b(?:expensive|pricey|pricy|costly|overpriced|too\s+much|(?:a\s+(?:bit|little|tad)|kind\s+of|kinda)\s+much)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex Comparison = new(
        @"\b(?:than|compared|comparing|versus|vs|similar|same)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Locked in to another vendor; "locked in on PandaDoc" is the opposite.</summary>
    private static void AddLockIns(List<ObjectionCandidate> found, Turn turn, IReadOnlyList<Match> lockIns)
    {
        foreach (var m in lockIns)
        {
            var (start, end) = SentenceBounds.Around(turn.Text, m.Index);
            if (!IsNegated(turn, m) && turn.Text.AsSpan(start, end - start).IndexOf("pandadoc", StringComparison.OrdinalIgnoreCase) < 0)
            {
                found.Add(new(ObjectionCategories.Competitor, turn, m.Index, m.Value, 0.85, false));
            }
        }
    }

    /// <summary>
    /// A timing cue counts unless a contract explains it ("we're in a contract until May, we can't move before then" is
    /// lock-in, as is a competitor's term in the window) or a meeting slot beside it shows the user is scheduling a call ("not this week, next Tuesday afternoon").
    /// </summary>
    private static void AddTiming(List<ObjectionCandidate> found, Conversation conversation, Turn turn, Lazy<IReadOnlyList<TermHit>> competitors, GuardedRegex cue)
    {
        foreach (Match m in cue.Matches(turn.Text))
        {
            var (start, end) = SentenceWindow.Around(turn.Text, m.Index);
            if (!IsNegated(turn, m) && !ObjectionCues.LockIn().Match(turn.Text, start, end - start).Success
                && !ExplainedByCompetitorTerm(turn, start, end, competitors)
                && !ObjectionTopics.MeetingSlot().Match(turn.Text, start, end - start).Success
                && !DeclinesOfferOrCall(conversation, turn, m))
            {
                found.Add(new(ObjectionCategories.Timing, turn, m.Index, m.Value, 0.8, false));
            }
        }
    }

    /// <summary>A competitor's contract term in the window explains the wait ("a three-year DocuSign contract that ends in August, so I can't move before then").</summary>
    private static bool ExplainedByCompetitorTerm(Turn turn, int start, int end, Lazy<IReadOnlyList<TermHit>> competitors) =>
        competitors.Value.Any(h => h.Start >= start && h.Start < end) && CompetitorContractReader.TermIn(turn.Text, start, end - start);

    /// <summary>
    /// "not now", "maybe later" or "not a good time" said to the agent's offer ("would you like me to book a call?")
    /// with no reason or date for the wait, or about the call itself ("I'm driving right now, not a good time") turns down the call, not the purchase.
    /// </summary>
    private static bool DeclinesOfferOrCall(Conversation conversation, Turn turn, Match m)
    {
        if (!DeclineCue.IsMatch(m.Value))
        {
            return false;
        }

        var (start, end) = SentenceWindow.Around(turn.Text, m.Index);
        if (ObjectionTopics.CallTiming().Match(turn.Text, start, end - start).Success)
        {
            return true;
        }

        var previous = conversation.PreviousAssistant(turn);
        return previous is not null && previous.Index == turn.Index - 1 && m.Index < OpeningReach
            && !ObjectionTopics.DeferralReason().IsMatch(turn.Text)
            && ObjectionTopics.OfferQuestion().IsMatch(SentenceBounds.LastQuestion(previous.Text));
    }

    /// <summary>How far into a reply a short decline of an offer sits ("No. Not right now.").</summary>
    private const int OpeningReach = 40;

    private static readonly Regex DeclineCue = new(
        @"^(?:not\s+(?:right\s+)?now|maybe\s+later|not\s+a\s+(?:good|great)\s+time|now\s+(?:isn['’]?t|is\s+not))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>
    /// The trial failing the user (a crash, a bug, lost work) is an "other" objection: it holds the deal back without
    /// being price, a missing feature or a connection. A defect of a competitor's tool named in the sentence does not count.
    /// </summary>
    private static void AddProductDefect(List<ObjectionCandidate> found, Turn turn, Lazy<IReadOnlyList<TermHit>> competitors)
    {
        foreach (Match m in ObjectionTopics.ProductDefect().Matches(turn.Text))
        {
            var (start, end) = SentenceBounds.Around(turn.Text, m.Index);
            if (!IsNegated(turn, m) && !competitors.Value.Any(h => h.Start >= start && h.Start < end)
                && !ObjectionCues.IncumbentContext().Match(turn.Text, start, end - start).Success)
            {
                found.Add(new(ObjectionCategories.Other, turn, m.Index, m.Value, 0.7, false));
                return;
            }
        }
    }

    /// <summary>
    /// A part of the product judged badly ("the editor feels clunky", "confusing to set up") is a features objection,
    /// unless it is asked ("is it hard to set up?" wants an answer) or the sentence is about the tool in use today or an earlier one: a competitor named, "our current tool",
    /// "right now", "our old editor", or an answer to the agent's question about the current tool.
    /// </summary>
    private static void AddFeatureComplaint(List<ObjectionCandidate> found, Turn turn, Lazy<IReadOnlyList<TermHit>> competitors, bool aboutIncumbent)
    {
        if (aboutIncumbent)
        {
            return;
        }

        foreach (Match m in ObjectionTopics.FeatureComplaint().Matches(turn.Text))
        {
            var (start, end) = SentenceBounds.Around(turn.Text, m.Index);
            if (!IsNegated(turn, m) && !QuestionCues.IsQuestion(turn.Text, start, end) && !competitors.Value.Any(h => h.Start >= start && h.Start < end)
                && !ObjectionCues.IncumbentContext().Match(turn.Text, start, end - start).Success
                && !ClauseConcern.PresentProcess().Match(turn.Text, start, end - start).Success
                && !FormerTool.IsMatch(turn.Text.AsSpan(start, end - start)))
            {
                found.Add(new(ObjectionCategories.Features, turn, m.Index, m.Value, 0.7, false));
                return;
            }
        }
    }

    /// <summary>Words that put a judged tool in the past or in use today ("our old editor", "the one we had before").</summary>
    private static readonly Regex FormerTool = new(
        @"\b(?:old|previous|former|existing|current|currently|used\s+to|we\s+had|back\s+then|that['’]?s\s+why)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>"no budget until the new fiscal year" is a timing objection: the money exists, later.</summary>
    private static bool BudgetWaitsForDate(string text, Match m)
    {
        if (m.Value.IndexOf("budget", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        var (start, end) = SentenceBounds.Around(text, m.Index);
        return ObjectionCues.LaterDate().Match(text, start, end - start).Success;
    }

    /// <summary>Doubting that a signature is legally valid ("would that even hold up?", "they'll ask whether it's binding").</summary>
    private static void AddLegalDoubts(List<ObjectionCandidate> found, Turn turn)
    {
        foreach (Match m in ObjectionTopics.LegalDoubt().Matches(turn.Text))
        {
            var (start, end) = SentenceBounds.Around(turn.Text, m.Index);
            var reported = !m.Value.StartsWith("is", StringComparison.OrdinalIgnoreCase) && !m.Value.StartsWith("are", StringComparison.OrdinalIgnoreCase)
                && !m.Value.StartsWith("would", StringComparison.OrdinalIgnoreCase) && !m.Value.StartsWith("will", StringComparison.OrdinalIgnoreCase)
                && !m.Value.StartsWith("do", StringComparison.OrdinalIgnoreCase)
                || m.Value.Contains("whether", StringComparison.OrdinalIgnoreCase); // an embedded question ("the question is whether it would hold up") doubts
            var doubted = m.Value.Contains(" even ", StringComparison.OrdinalIgnoreCase); // "is it even legally valid" doubts without a question mark
            if (!IsNegated(turn, m) && (reported || doubted || QuestionCues.IsQuestion(turn.Text, start, end) || OpensSentence(turn.Text, start, m.Index)))
            {
                found.Add(new(ObjectionCategories.Trust, turn, m.Index, m.Value, 0.8, false));
                return;
            }
        }
    }

    /// <summary>
    /// The match opens its sentence, past a leading "so", "and", "but", "also", "okay", "well" or "yeah": an "is it ..."
    /// or "are these ..." that opens a sentence is a question even when the transcript ends it with a full stop.
    /// </summary>
    private static bool OpensSentence(string text, int sentenceStart, int index)
    {
        var lead = text.AsSpan(sentenceStart, index - sentenceStart).Trim().TrimEnd(',').TrimEnd();
        return lead.IsEmpty || lead.Equals("so", StringComparison.OrdinalIgnoreCase) || lead.Equals("and", StringComparison.OrdinalIgnoreCase)
            || lead.Equals("but", StringComparison.OrdinalIgnoreCase) || lead.Equals("also", StringComparison.OrdinalIgnoreCase)
            || lead.Equals("okay", StringComparison.OrdinalIgnoreCase) || lead.Equals("well", StringComparison.OrdinalIgnoreCase)
            || lead.Equals("yeah", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A compliance regime the user names ("we're a clinic, so HIPAA is the big one", "our auditors want the SOC 2
    /// report"): LABELS counts security and compliance requirements as trust. Asked as a question ("are you FERPA
    /// compliant?") it counts only when the agent could not confirm it: a question answered yes is a check, not a gate.
    /// A regime set aside ("we don't need HIPAA", "GDPR doesn't apply to us") does not count.
    /// </summary>
    private static void AddComplianceRegime(List<ObjectionCandidate> found, Conversation conversation, Turn turn)
    {
        if (!ObjectionTopics.MayNameComplianceRegime(turn.Text))
        {
            return;
        }

        foreach (Match m in ObjectionTopics.ComplianceRegime().Matches(turn.Text))
        {
            var (start, end) = SentenceBounds.Around(turn.Text, m.Index);
            var checkAnsweredYes = QuestionCues.IsQuestion(turn.Text, start, end)
                && !conversation.RepliesTo(turn).Any(r => AgentAnswerCues.Limitation(conversation, r).Success);
            if (!checkAnsweredYes && !IsNegated(turn, m) && !ObjectionTopics.NotApplicable().Match(turn.Text, m.Index, end - m.Index).Success)
            {
                found.Add(new(ObjectionCategories.Trust, turn, m.Index, m.Value, 0.7, false));
                return;
            }
        }
    }

    /// <summary>
    /// The answer to an agent question inviting objections ("anything that worries you?"): every topic the user names
    /// in reply (price, security, integration, timing) is an objection, unless the answer declines ("no, not really").
    /// </summary>
    private static void AddConcernAnswer(List<ObjectionCandidate> found, Conversation conversation, Turn turn, bool aboutIncumbent)
    {
        if (!AnswersConcernQuestion(conversation, turn) || ObjectionTopics.Declines().IsMatch(turn.Text))
        {
            return;
        }

        foreach (var category in AnswerTopics)
        {
            for (var m = ObjectionTopics.Topic(category)!.Match(turn.Text); m.Success; m = m.NextMatch())
            {
                if (!IsNegated(turn, m) && (category != ObjectionCategories.Pricing || IsAboutPandaDoc(turn, m.Index, aboutIncumbent)))
                {
                    found.Add(new(category, turn, m.Index, m.Value, 0.75, false));
                    break;
                }
            }
        }

        // people not taking the tool up, or the move itself ("my managers, last time half of them didn't use it"): adoption
        if (ClauseTopics.Adoption().Match(turn.Text) is { Success: true } adoption && !IsNegated(turn, adoption))
        {
            found.Add(new(ObjectionCategories.Other, turn, adoption.Index, adoption.Value, 0.75, false));
        }
    }

    /// <summary>
    /// A formal buying procedure ("anything over ten thousand goes through procurement with an RFP", "we've three quotes
    /// going out") is how the user buys, not an objection; it is one ("other") when framed as an obstacle: a concern
    /// marker in its sentence or a neighbour ("the other issue is process. we can't just buy software. procurement needs three
    /// quotes"), or the answer to the agent asking what holds the user back.
    /// </summary>
    private static void AddProcurementObstacle(List<ObjectionCandidate> found, Conversation conversation, Turn turn)
    {
        foreach (Match m in ObjectionCues.ProcurementProcess().Matches(turn.Text))
        {
            var (start, end) = SentenceWindow.Around(turn.Text, m.Index);
            if (!IsNegated(turn, m) && (AnswersConcernQuestion(conversation, turn) || ObjectionTopics.Concern().Match(turn.Text, start, end - start).Success
                || ClauseConcern.Marker().Match(turn.Text, start, end - start).Success))
            {
                found.Add(new(ObjectionCategories.Other, turn, m.Index, m.Value, 0.75, false));
                return;
            }
        }
    }

    /// <summary>The turn answers the agent's question inviting objections ("anything holding you back?").</summary>
    private static bool AnswersConcernQuestion(Conversation conversation, Turn turn)
    {
        var previous = conversation.PreviousAssistant(turn);
        return previous is not null && previous.Index == turn.Index - 1 && ObjectionTopics.ConcernQuestion().IsMatch(previous.Text);
    }

    private static readonly string[] AnswerTopics =
        [ObjectionCategories.Trust, ObjectionCategories.Pricing, ObjectionCategories.Integration, ObjectionCategories.Timing];

    private static void AddEach(List<ObjectionCandidate> found, Turn turn, IReadOnlyList<Match> matches, string category, double confidence)
    {
        foreach (var m in matches)
        {
            if (!IsNegated(turn, m))
            {
                found.Add(new(category, turn, m.Index, m.Value, confidence, false));
            }
        }
    }

    /// <summary>A marker counts when a topic sits in its sentence or a neighbour; <paramref name="only"/> narrows the topic.</summary>
    private static void AddNearTopic(List<ObjectionCandidate> found, Turn turn, IReadOnlyList<Match> markers, string? only, bool aboutIncumbent, double confidence)
    {
        foreach (var m in markers)
        {
            if (IsNegated(turn, m) || IsHandedOff(turn.Text, m) || DismissesOwnAction(turn.Text, m))
            {
                continue;
            }

            var (start, end) = only is null ? StatementWindow(turn.Text, m.Index) : SentenceWindow.Around(turn.Text, m.Index);
            var category = only is null
                ? ObjectionTopics.CategoryIn(turn.Text, start, end) ?? MissingFeature(turn.Text, start, end)
                : ObjectionTopics.Has(only, turn.Text, start, end) ? only : null;
            if (category is not null && (category != ObjectionCategories.Pricing || IsAboutPandaDoc(turn, m.Index, aboutIncumbent)))
            {
                found.Add(new(category, turn, m.Index, m.Value, confidence, false));

                // "I'd pay more than our booking system and it doesn't even do the one thing I need": price and a gap.
                if (only is null && category == ObjectionCategories.Pricing && MissingFeature(turn.Text, start, end) is { } missing)
                {
                    found.Add(new(missing, turn, m.Index, m.Value, confidence, false));
                }
            }
        }
    }

    /// <param name="concerns">The turn's <see cref="ObjectionTopics.Concern"/> matches.</param>
    private static void AddReaction(List<ObjectionCandidate> found, Conversation conversation, Turn turn, IReadOnlyList<Match> concerns)
    {
        // Only the latest agent turn with a limitation counts; most turns follow none, so look for it (read once per
        // call, ReadReactionToGap asks too) before reading the reaction.
        foreach (var agent in conversation.AgentTurnsBefore(turn))
        {
            var limitation = AgentAnswerCues.Limitation(conversation, agent);
            if (!limitation.Success)
            {
                continue;
            }

            if ((UserReactionCues.Negative(turn.Text) ?? ConcernInOpening(turn, concerns)) is not { } reaction || ObjectionTopics.Accepts(turn.Text))
            {
                return;
            }

            var (ls, le) = SentenceBounds.Around(agent.Text, limitation.Index);
            if (ObjectionTopics.Scheduling().Match(agent.Text, ls, le - ls).Success)
            {
                return; // a booking slot that is not free is not a missing capability
            }

            var (rs, re) = SentenceBounds.Around(turn.Text, reaction.Index);
            var question = conversation.PreviousUserTurn(turn);
            var gap = GapTopic(agent.Text, ls, le, question)
                ?? (question is null ? null : AskedForCapability(conversation, question) ? ObjectionCategories.Features : TopicAsked(question.Text))
                ?? ObjectionCategories.Features;
            var own = ObjectionTopics.CategoryIn(turn.Text, rs, re);
            found.Add(new(own ?? gap, turn, reaction.Index, reaction.Value, 0.7, true));

            // a reaction that names another topic ("what's the point if you can't answer that, and you cost more") leaves the gap standing too
            if (own is not null && own != gap)
            {
                found.Add(new(gap, turn, reaction.Index, reaction.Value, 0.7, true));
            }

            return;
        }
    }

    /// <summary>
    /// The topic of the agent's limitation sentence. Price or timing words there ("a single pricing table can't switch
    /// currencies") name a part of the product unless the user asked about price or timing.
    /// </summary>
    private static string? GapTopic(string agent, int start, int end, Turn? question)
    {
        var topic = ObjectionTopics.CategoryIn(agent, start, end);
        if (topic is not (ObjectionCategories.Pricing or ObjectionCategories.Timing))
        {
            return topic;
        }

        return question is not null && ObjectionTopics.Has(topic, question.Text, 0, question.Text.Length) ? topic : null;
    }

    /// <summary>
    /// The topic of what the user asked (the last question, not the reason given beside it): "can they upload their
    /// ID? we legally have to keep it" asks for a capability; the legal duty is why they want it.
    /// </summary>
    private static string? TopicAsked(string question)
    {
        var asked = SentenceBounds.LastQuestion(question);
        return ObjectionTopics.CategoryIn(asked, 0, asked.Length);
    }

    /// <summary>The user's question named a capability of the feature vocabulary ("can it track which option they clicked").</summary>
    private static bool AskedForCapability(Conversation conversation, Turn question) =>
        ProductLexicon.ScanTurn(conversation, question).Exists(h => h.Kind == TermKind.Feature);

    /// <summary>A concern marker ("what's the point", "that's a gap") in the first three sentences of more than one word.</summary>
    /// <param name="concerns">The turn's <see cref="ObjectionTopics.Concern"/> matches, read instead of scanning the opening again where they give the same.</param>
    private static Match? ConcernInOpening(Turn turn, IReadOnlyList<Match> concerns)
    {
        var (text, end, sentences) = (turn.Text, 0, 0);
        while (end < text.Length && sentences < 3)
        {
            var (start, next) = SentenceBounds.Around(text, end);
            sentences += text.AsSpan(start, next - start).Trim().Contains(' ') ? 1 : 0;
            end = Math.Max(next, end + 1);
        }

        var known = CountBefore(text, end, concerns);
        for (var i = 0; i < known; i++)
        {
            if (!IsNegated(turn, concerns[i]) && !DismissesOwnAction(text, concerns[i]))
            {
                return concerns[i];
            }
        }

        if (known >= 0)
        {
            return null;
        }

        for (var m = ObjectionTopics.Concern().Match(text, 0, end); m.Success; m = m.NextMatch())
        {
            if (!IsNegated(turn, m) && !DismissesOwnAction(text, m))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// How many of the whole text's <paramref name="matches"/> a scan of <c>text[..end]</c> alone would give (they are
    /// its matches), or -1 where that scan may differ. A pattern that reads nothing outside its match but <c>\b</c> (no
    /// lookaround, no anchor, as <see cref="ObjectionTopics.Concern"/>) finds the same matches before
    /// <paramref name="end"/> in both, unless a match of the whole text runs over <paramref name="end"/> or a word
    /// character after it moves a word boundary (the cut text ends there).
    /// </summary>
    private static int CountBefore(string text, int end, IReadOnlyList<Match> matches)
    {
        if (end < text.Length && !(char.IsWhiteSpace(text[end]) || text[end] is '.' or '?' or '!' or ',' or ';' or ':'))
        {
            return -1;
        }

        var count = 0;
        while (count < matches.Count && matches[count].Index < end)
        {
            if (matches[count].Index + matches[count].Length > end)
            {
                return -1;
            }

            count++;
        }

        return count;
    }

    /// <summary>
    /// The concern's sentence with its neighbours, except a question that follows it: "the problem is chasing
    /// signatures. does it connect to Salesforce?" is a pain point and then a new topic, while "does it work with
    /// Zoho? if it doesn't, it's a non-starter" is a concern about the question before it.
    /// </summary>
    private static (int Start, int End) StatementWindow(string text, int index)
    {
        var (start, end) = SentenceWindow.Around(text, index);
        var own = SentenceBounds.Around(text, index).End;
        return end > own && QuestionCues.IsQuestion(text, own, end) ? (start, own) : (start, end);
    }

    /// <summary>The marker ends a problem handed to someone else ("that's accounting's problem").</summary>
    private static bool IsHandedOff(string text, Match m)
    {
        var (start, _) = SentenceBounds.Around(text, m.Index);
        var end = m.Index + m.Length;
        var h = ObjectionTopics.HandedOff().Match(text, start, end - start);
        return h.Success && h.Index + h.Length == end;
    }

    /// <summary>
    /// "There's no point connecting anything to Zoho, it's gone in six weeks": "no point" or "no sense" before an -ing
    /// verb says the user's own step is not needed, not that the product falls short. With a condition after it ("no
    /// point switching if it can't sync") it is still a concern.
    /// </summary>
    private static bool DismissesOwnAction(string text, Match m)
    {
        if (!m.Value.StartsWith("no ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var from = m.Index + m.Length;
        while (from < text.Length && text[from] == ' ')
        {
            from++;
        }

        var to = from;
        while (to < text.Length && char.IsLetter(text[to]))
        {
            to++;
        }

        if (to - from < 5 || !text.AsSpan(from, to - from).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (_, end) = SentenceBounds.Around(text, m.Index);
        return end <= to || !CueText.HasWord(text.AsSpan(to, end - to), ConditionWords);
    }

    private static readonly string[] ConditionWords = ["if", "unless"];

    private static string? MissingFeature(string text, int start, int end) =>
        ObjectionTopics.MissingCapability().Match(text, start, end - start).Success ? ObjectionCategories.Features : null;

    private static bool AnswersCurrentToolQuestion(Conversation conversation, Turn turn)
    {
        var previous = conversation.PreviousAssistant(turn);
        return previous is not null && previous.Index == turn.Index - 1 && ObjectionTopics.CurrentToolQuestion().IsMatch(previous.Text);
    }

    /// <summary>Price talk about the incumbent ("it's gotten expensive") is not a pricing objection to PandaDoc.</summary>
    private static bool IsAboutPandaDoc(Turn turn, int index, bool aboutIncumbent)
    {
        var (start, end) = SentenceBounds.Around(turn.Text, index);
        if (ObjectionCues.IncumbentPricing().Match(turn.Text, start, end - start).Success)
        {
            return false;
        }

        aboutIncumbent |= ObjectionCues.IncumbentContext().Match(turn.Text, start, end - start).Success;
        return !aboutIncumbent || ObjectionTopics.AboutPandaDoc().Match(turn.Text, start, end - start).Success;
    }

    /// <summary>
    /// A negator a few words before the cue, outside a condition. A cue that is itself negative ("won't approve",
    /// "not worth it", "any vendor that doesn't pass") is not undone by one before it: "without SSO IT won't approve
    /// it" and "we can't take any vendor that doesn't pass" are still gates.
    /// </summary>
    private static bool IsNegated(Turn turn, Match m) =>
        !IsNegativeCue(m.Value) && ConditionalScope.NegatedOutsideCondition(turn.Text, m.Index);

    private static bool IsNegativeCue(string cue)
    {
        if (cue.StartsWith("not", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var span = cue.AsSpan();
        foreach (var range in span.Split(' '))
        {
            var word = span[range];
            if (word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("never", StringComparison.OrdinalIgnoreCase)
                || word.Equals("cannot", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void KeepOnePerCategory(List<ObjectionCandidate> found, int first)
    {
        for (var i = found.Count - 1; i > first; i--)
        {
            for (var j = first; j < i; j++)
            {
                if (found[j].Category == found[i].Category)
                {
                    if (found[i].Confidence > found[j].Confidence)
                    {
                        found[j] = found[i];
                    }

                    found.RemoveAt(i);
                    break;
                }
            }
        }
    }
}
