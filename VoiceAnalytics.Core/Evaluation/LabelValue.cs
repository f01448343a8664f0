using System.Globalization;
using System.Text.Json;

namespace VoiceAnalytics.Core.Evaluation;

/// <summary>
/// A label value, expected or predicted, normalized for comparison: null, a scalar as invariant text, or a set.
/// </summary>
public sealed record LabelValue(string? Scalar, IReadOnlySet<string>? Set)
{
    public static LabelValue Null { get; } = new(null, null);

    public bool IsNull => Scalar is null && Set is null;

    public static LabelValue From(object? value) => value switch
    {
        null => Null,
        string s => new(s, null),
        bool b => new(b ? "true" : "false", null),
        IEnumerable<string> items => new(null, new HashSet<string>(items, StringComparer.Ordinal)),
        IFormattable f => new(f.ToString(null, CultureInfo.InvariantCulture), null),
        _ => new(value.ToString(), null),
    };

    public static LabelValue From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => Null,
        JsonValueKind.True => new("true", null),
        JsonValueKind.False => new("false", null),
        JsonValueKind.Number => new(element.GetRawText(), null),
        JsonValueKind.String => new(element.GetString(), null),
        JsonValueKind.Array => new(null, new HashSet<string>(element.EnumerateArray().Select(e => e.GetString() ?? e.GetRawText()), StringComparer.Ordinal)),
        _ => new(element.GetRawText(), null),
    };

    public IReadOnlySet<string> Items => Set ?? (Scalar is null ? new HashSet<string>() : new HashSet<string> { Scalar });

    public double? Number => double.TryParse(Scalar, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    public override string ToString() => Set is not null ? "[" + string.Join(", ", Set.Order(StringComparer.Ordinal)) + "]" : Scalar ?? "null";
}
