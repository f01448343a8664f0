using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// <c>llm_analysis</c>, between the fan-out and lead scoring: masks the transcript, asks the cheap deployment for every
/// label (one structured-output call), keeps only verified values, merges them with the rule results; when the merged
/// lead comes out Tier 1 or hot, the strong deployment re-reads the call and its answer is merged instead. Any
/// failure, or the daily budget, leaves the rule values in place (status <c>rules_only</c> with the reason). The
/// report's <see cref="LlmAnalysisReport.Revise"/> hands the merged copies to the later stages.
/// </summary>
public sealed class LlmAnalyzer(LlmCaller caller, LlmBudget budget, IOptions<LlmOptions> options, IOptions<LeadScoringOptions> scoring, ILogger<LlmAnalyzer> logger) : IAnalyzer
{
    public const string AnalyzerName = "llm_analysis";
    private const int LogicVersion = 1;
    private readonly LeadScorer _scorer = new(scoring.Value);

    public string Name => AnalyzerName;

    /// <summary>The merge logic and the prompt+schema version together: raising either reprocesses.</summary>
    public int Version => LogicVersion * 1000 + LlmPrompt.Version;

    public AnalyzerStage Stage => AnalyzerStage.Merge;

    public Type ResultType => typeof(LlmAnalysisReport);

    public async ValueTask<object> AnalyzeAsync(AnalysisInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var session = input.Session;
        var settings = options.Value;
        if (await budget.IsExhaustedAsync(cancellationToken).ConfigureAwait(false))
        {
            LlmLog.BudgetExhausted(logger, session.SessionId);
            return RulesOnly(session.SessionId, LlmFallback.BudgetExhausted, []);
        }

        var transcript = MaskedTranscript.From(session, settings.MaxTranscriptCharacters);
        var quotes = new QuoteFinder(transcript);
        var cheap = await caller.CallAsync(session.SessionId, transcript, settings.Deployments.Cheap!, "cheap", cancellationToken).ConfigureAwait(false);
        if (cheap.Answer is null)
        {
            return RulesOnly(session.SessionId, cheap.Record.Outcome, [cheap.Record]);
        }

        var merged = Merge(session.SessionId, input, cheap, quotes, [cheap.Record]);
        if (settings.Deployments.Strong is not { Length: > 0 } strongDeployment
            || strongDeployment == settings.Deployments.Cheap
            || !IsTierOneOrHot(input, merged)
            || await budget.IsExhaustedAsync(cancellationToken).ConfigureAwait(false))
        {
            return merged;
        }

        var strong = await caller.CallAsync(session.SessionId, transcript, strongDeployment, "strong", cancellationToken).ConfigureAwait(false);
        return strong.Answer is null
            ? merged with { Calls = [cheap.Record, strong.Record] }
            : Merge(session.SessionId, input, strong, quotes, [cheap.Record, strong.Record]);
    }

    private static LlmAnalysisReport Merge(string sessionId, AnalysisInput input, LlmCallResult call, QuoteFinder quotes, IReadOnlyList<LlmCallRecord> calls)
    {
        var answer = AnswerValidator.Validate(call.Answer!, quotes);
        return new LlmAnalysisReport
        {
            SessionId = sessionId,
            Status = LlmStatus.Merged,
            Deployment = call.Record.Deployment,
            Calls = calls,
            Fields = FieldMerger.Merge(input.Earlier, answer),
            Dropped = answer.Dropped,
            Objections = answer.Objections,
            ActionItems = answer.ActionItems,
            ExecutiveParagraphs = answer.ExecutiveParagraphs,
        };
    }

    // Routing: score the lead as lead scoring will, from the merged values.
    private bool IsTierOneOrHot(AnalysisInput input, LlmAnalysisReport merged)
    {
        var results = new Dictionary<string, object>(input.Earlier, StringComparer.Ordinal);
        foreach (var (name, revised) in merged.Revise(input.Earlier))
        {
            results[name] = revised;
        }

        var lead = _scorer.Score(LeadFactsReader.Read(input with { Earlier = new AnalysisResults(results) }), input.PreviousLead);
        return lead.QualificationTier == "Tier 1" || lead.Temperature == "hot";
    }

    private static LlmAnalysisReport RulesOnly(string sessionId, string reason, IReadOnlyList<LlmCallRecord> calls) =>
        new() { SessionId = sessionId, Status = LlmStatus.RulesOnly, Fallback = reason, Calls = calls };
}
