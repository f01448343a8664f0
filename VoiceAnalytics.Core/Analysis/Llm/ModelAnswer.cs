namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// What the model returns: the shape of the strict JSON schema sent with every call (generated from these records,
/// snake_case). Every value carries a verbatim quote; null or an empty list when the call does not say.
/// </summary>
public sealed record ModelAnswer(
    ModelNumber? TeamSize,
    ModelNumber? CompanySize,
    ModelNumber? MonthlyVolume,
    IReadOnlyList<ModelLabel> IntegrationNeeds,
    ModelLabel? Industry,
    IReadOnlyList<ModelLabel> UseCases,
    ModelLabel? CurrentTool,
    IReadOnlyList<ModelLabel> CompetitorsMentioned,
    ModelLabel? DecisionTimeline,
    ModelLabel? BudgetAuthority,
    ModelLabel? Urgency,
    IReadOnlyList<ModelObjection> Objections,
    IReadOnlyList<ModelLabel> FeatureRequests,
    IReadOnlyList<ModelLabel> Stakeholders,
    ModelLabel? BuyingSignal,
    ModelLabel? Sentiment,
    ModelLabel? SentimentTrend,
    ModelFlag? NaturalEnding,
    ModelNumber? UserQuestions,
    IReadOnlyList<ModelActionItem> ActionItems,
    IReadOnlyList<string> ExecutiveParagraphs);

/// <summary>An enum value with the model's confidence (0-1) and the transcript words it rests on.</summary>
public sealed record ModelLabel(string Value, double Confidence, string Quote);

public sealed record ModelNumber(int Value, double Confidence, string Quote);

public sealed record ModelFlag(bool Value, double Confidence, string Quote);

/// <summary>An objection: its category, what exactly was objected, how the agent handled it, resolved or outstanding.</summary>
public sealed record ModelObjection(string Category, string Detail, string Handling, string Status, double Confidence, string Quote);

/// <summary>A follow-up agreed in the call; <c>DueDate</c> is ISO yyyy-MM-dd or null.</summary>
public sealed record ModelActionItem(string Owner, string Description, string? DueDate, double Confidence, string Quote);
