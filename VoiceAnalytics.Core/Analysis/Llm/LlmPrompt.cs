namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// The instructions sent with every call. <see cref="Version"/> covers this text and the schema of
/// <see cref="ModelAnswer"/>: raise it when either changes, so cached answers and checkpoints are not reused.
/// </summary>
public static class LlmPrompt
{
    public const int Version = 1;

    public static string System { get; } = $$"""
        You label one recorded sales-assist phone call between a PandaDoc voice agent ("assistant") and a trial user
        ("user"). Answer only from the transcript. Every value needs "quote": words copied exactly from one transcript
        line (no ids, no role, no paraphrase), short, that show the value. If you cannot quote it, leave it out (null,
        or not in the list). "confidence" is 0-1. Placeholders such as [EMAIL], [PHONE] and [USER] are masked personal data.

        Fields and rules:
        - team_size: people who would use the product (seats), not company headcount unless the whole company would
          use it. "a dozen" = 12; a range gives its midpoint.
        - company_size: employees, only when the headcount is explicit.
        - monthly_volume: documents sent per month, all types together: per day x22, per week x4.33, per fortnight
          x2.17, per quarter /3, per year /12, rounded; a range takes its midpoint first; the user's stated average
          beats a range; "a handful" is not a number.
        - integration_needs: tools the user wants PandaDoc to connect to now or soon (asking "does it connect to X"
          counts); not tools they do not use or stopped using, not tools only the agent named.
        - industry: the user's own company's industry, not their customers'; an email domain is no evidence.
        - use_cases: client or partner onboarding is onboarding; new-hire paperwork and offer letters are hr_documents;
          engagement letters, rate confirmations and buyer's orders are contracts; permission slips and model
          releases are consent_forms.
        - current_tool: one value, what they use today; a named authoring tool beats wet ink or emailed PDFs; manual
          only when no tool is named.
        - competitors_mentioned: every e-signature or document competitor the user names, in any context.
        - decision_timeline: this_week, this_month, this_quarter, next_quarter, or evaluating (no timeline, just
          looking, "not in a rush"). Quarters are calendar quarters, read against the call's start date.
        - budget_authority: decision_maker (buys alone), influencer (recommends, someone else decides),
          needs_approval (needs sign-off or budget approval).
        - urgency: high (deadline within days, or says urgent), medium (within weeks or this quarter), low (no rush,
          next quarter or later, just looking); null when timing never comes up.
        - objections: every objection the user raised, even if resolved later: category pricing, features, timing,
          trust (security, compliance, legal validity), competitor (locked in with a competitor), integration, other;
          detail = what exactly; handling = how the agent answered; status resolved or outstanding. A missing
          capability outside the feature list is a features objection.
        - feature_requests: capabilities the user asks for or needs that the agent could not confirm exist or that
          they want improved; not ones the agent confirmed.
        - stakeholders: other people in the decision or rollout, by role, never the user themself. CIO or "IT guy" =
          it; GM, boss, director, branch manager = manager; RevOps, ops lead, VP of operations = operations; business
          office, accounts team = finance_team; practice or business partner = partner; co-founder = founder;
          trustees = board; general counsel = legal.
        - buying_signal: strong (asks how to buy or for next steps, commits to roll out or upgrade), medium (clear
          need plus a timeline or a meeting; a booked meeting alone is medium), weak (interest only), none.
        - sentiment: the user's overall sentiment, positive, neutral or negative. sentiment_trend: improving, stable or
          declining, first quarter of the user's turns against the last quarter.
        - natural_ending: true when both sides close politely (a terse "yeah, bye" counts); false for a hang-up, a
          time-out, or a user who leaves right after a booking without a goodbye.
        - user_questions: how many questions the user asked (a rhetorical challenge counts); quote one of them.
        - action_items: follow-ups agreed in the call with owner user, sales, support or product, a description and
          due_date (yyyy-MM-dd, read against the start date) or null. A booked meeting or a promised sales email is
          sales; the agent passing something to product or support is product or support; a user's commitment is
          user; offers left unanswered do not count.
        - executive_paragraphs: two or three short paragraphs for an executive: who called and why, what was learned
          and decided, the next step. No email addresses or phone numbers.
        A value outside these lists is left out.

        Allowed values:
        {{string.Join("\n", LabelVocabulary.Values.Select(p => $"- {p.Key}: {string.Join(", ", p.Value)}"))}}
        """;
}
