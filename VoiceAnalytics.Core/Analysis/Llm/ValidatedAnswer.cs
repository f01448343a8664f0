using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>
/// The model's answer after checking: only values whose quote is in the transcript and whose value is allowed.
/// <see cref="Fields"/> holds each label field's values as label text ("12", "true", "salesforce"); a scalar field
/// has at most one. <see cref="Dropped"/> says what was thrown away and why.
/// </summary>
public sealed record ValidatedAnswer
{
    public IReadOnlyDictionary<string, IReadOnlyList<ModelValue>> Fields { get; init; } = new Dictionary<string, IReadOnlyList<ModelValue>>();

    public IReadOnlyList<ModelObjectionFinding> Objections { get; init; } = [];

    public IReadOnlyList<ModelActionFinding> ActionItems { get; init; } = [];

    public IReadOnlyList<string> ExecutiveParagraphs { get; init; } = [];

    public IReadOnlyList<DroppedValue> Dropped { get; init; } = [];

    public IReadOnlyList<ModelValue> ValuesOf(string field) => Fields.TryGetValue(field, out var values) ? values : [];
}

public sealed record ModelValue(string Value, double Confidence, Evidence Evidence);

public sealed record ModelObjectionFinding(string Category, string Detail, string Handling, string Status, double Confidence, Evidence Evidence);

public sealed record ModelActionFinding(string Owner, string Description, DateOnly? DueDate, double Confidence, Evidence Evidence);

/// <summary>A value the model gave that was not kept: <c>quote_not_found</c>, <c>not_allowed</c>, <c>out_of_range</c>.</summary>
public sealed record DroppedValue(string Field, string Value, string Reason);
