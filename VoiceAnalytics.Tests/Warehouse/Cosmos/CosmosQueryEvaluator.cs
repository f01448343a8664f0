using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Azure.Cosmos;

namespace VoiceAnalytics.Tests.Warehouse.Cosmos;

/// <summary>
/// Evaluates the few query shapes the Cosmos adapter sends, and nothing else (a new shape throws, so a test notices):
/// <c>SELECT [TOP n] projection FROM c [WHERE cond AND ...] [ORDER BY c.path ASC|DESC]</c>, where a condition is
/// <c>c.path op @param</c> (op one of = &lt;&gt; &lt; &lt;= &gt; &gt;=), <c>ARRAY_CONTAINS(@param, c.path)</c>,
/// <c>NOT IS_DEFINED(c.path)</c>, <c>IS_NULL(c.path)</c>, or a parenthesized <c>(cond OR cond ...)</c>.
/// The projection is ignored: whole documents come back, and the adapter's read models take the fields they name.
/// Comparisons follow Cosmos: a missing field matches nothing; strings compare ordinally, numbers numerically.
/// </summary>
internal static partial class CosmosQueryEvaluator
{
    public static IEnumerable<JsonObject> Run(QueryDefinition query, IEnumerable<JsonObject> documents)
    {
        var match = Shape().Match(query.QueryText);
        if (!match.Success)
        {
            throw new NotSupportedException($"Query shape not supported by the test double: {query.QueryText}");
        }

        var parameters = query.GetQueryParameters().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var conditions = match.Groups["where"].Success
            ? match.Groups["where"].Value.Split(" AND ").Select(c => Condition(c.Trim(), parameters)).ToList()
            : [];
        var rows = documents.Where(d => conditions.All(c => c(d)));
        if (match.Groups["order"].Success)
        {
            var path = match.Groups["order"].Value;
            var comparer = Comparer<JsonObject>.Create((a, b) => Compare(Get(a, path), Get(b, path)) ?? 0);
            rows = match.Groups["dir"].Value == "DESC" ? rows.OrderByDescending(r => r, comparer) : rows.OrderBy(r => r, comparer);
        }

        if (match.Groups["top"].Success)
        {
            rows = rows.Take(int.Parse(match.Groups["top"].Value, CultureInfo.InvariantCulture));
        }

        return rows.ToList();
    }

    private static Func<JsonObject, bool> Condition(string text, Dictionary<string, object> parameters)
    {
        if (text.StartsWith('(') && text.EndsWith(')'))
        {
            var any = text[1..^1].Split(" OR ").Select(c => Condition(c.Trim(), parameters)).ToList();
            return d => any.Exists(c => c(d));
        }

        if (NotDefined().Match(text) is { Success: true } notDefined)
        {
            return d => !Defined(d, notDefined.Groups[1].Value);
        }

        if (IsNull().Match(text) is { Success: true } isNull)
        {
            return d => Defined(d, isNull.Groups[1].Value) && Get(d, isNull.Groups[1].Value) is null;
        }

        if (Contains().Match(text) is { Success: true } contains)
        {
            var values = ((System.Collections.IEnumerable)parameters[contains.Groups[1].Value]).Cast<object>().Select(ToNode).ToList();
            var path = contains.Groups[2].Value;
            return d => Get(d, path) is { } value && values.Any(v => Compare(value, v) == 0);
        }

        if (Comparison().Match(text) is { Success: true } comparison)
        {
            var path = comparison.Groups[1].Value;
            var op = comparison.Groups[2].Value;
            var operand = ToNode(parameters[comparison.Groups[3].Value]);
            return d => Compare(Get(d, path), operand) is { } order && op switch
            {
                "=" => order == 0,
                "<>" => order != 0,
                "<" => order < 0,
                "<=" => order <= 0,
                ">" => order > 0,
                ">=" => order >= 0,
                _ => throw new NotSupportedException(op),
            };
        }

        throw new NotSupportedException($"Condition not supported by the test double: {text}");
    }

    private static JsonNode? Get(JsonObject document, string path)
    {
        JsonNode? current = document;
        foreach (var step in path.Split('.'))
        {
            current = current is JsonObject o && o.TryGetPropertyValue(step, out var next) ? next : null;
        }

        return current;
    }

    /// <summary>Whether the path is present (a JSON null counts: Cosmos's IS_DEFINED is true for null).</summary>
    private static bool Defined(JsonObject document, string path)
    {
        JsonNode? current = document;
        foreach (var step in path.Split('.'))
        {
            if (current is not JsonObject o || !o.TryGetPropertyValue(step, out current))
            {
                return false;
            }
        }

        return true;
    }

    private static JsonNode? ToNode(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value);

    /// <summary>Order of two scalars of one kind; null when either is missing or they are of different kinds (Cosmos then matches nothing).</summary>
    private static int? Compare(JsonNode? left, JsonNode? right)
    {
        if (left is not JsonValue l || right is not JsonValue r)
        {
            return null;
        }

        return (l.GetValueKind(), r.GetValueKind()) switch
        {
            (JsonValueKind.String, JsonValueKind.String) => string.CompareOrdinal(l.GetValue<string>(), r.GetValue<string>()),
            (JsonValueKind.Number, JsonValueKind.Number) => l.GetValue<double>().CompareTo(r.GetValue<double>()),
            (JsonValueKind.True or JsonValueKind.False, JsonValueKind.True or JsonValueKind.False) => l.GetValue<bool>().CompareTo(r.GetValue<bool>()),
            _ => null,
        };
    }

    [GeneratedRegex(@"^SELECT (TOP (?<top>\d+) )?.+? FROM c( WHERE (?<where>.+?))?( ORDER BY c\.(?<order>[\w.]+) (?<dir>ASC|DESC))?$", RegexOptions.Singleline)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^ARRAY_CONTAINS\((@\w+), c\.([\w.]+)\)$")]
    private static partial Regex Contains();

    [GeneratedRegex(@"^NOT IS_DEFINED\(c\.([\w.]+)\)$")]
    private static partial Regex NotDefined();

    [GeneratedRegex(@"^IS_NULL\(c\.([\w.]+)\)$")]
    private static partial Regex IsNull();

    [GeneratedRegex(@"^c\.([\w.]+) (=|<>|<=|>=|<|>) (@\w+)$")]
    private static partial Regex Comparison();
}
