using System.Globalization;
using System.Text.Json;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>What a field of the contract must hold, when present.</summary>
internal enum FieldKind
{
    Text,
    Flag,
    Number,
    Count,
    EpochSeconds,
    TextList,
    Object,
}

/// <summary>
/// The type and range checks every section of the payload shares: absent and null are fine, anything else must be of
/// its kind and in range. Numbers must be finite; epoch seconds within 1970-9000, other numbers within ±10^15,
/// counts whole. Faults go to the collector the caller passes (the strict validator's, or an entry's scratch one).
/// </summary>
internal static class FieldRules
{
    /// <summary>The largest magnitude of a number the contract reads (other than epoch seconds).</summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>Epoch seconds of 1970-01-01 and 9000-01-01, the range of every date and time (analysis reckons years ahead of them).</summary>
    public const double MinEpochSeconds = 0, MaxEpochSeconds = 221845392000;

    public static readonly DateTimeOffset MinDate = DateTimeOffset.UnixEpoch, MaxDate = DateTimeOffset.UnixEpoch.AddSeconds(MaxEpochSeconds);

    public static void CheckAll(JsonElement parent, string path, (string Name, FieldKind Kind)[] fields, PayloadFaults faults)
    {
        foreach (var (name, kind) in fields)
        {
            Check(parent, path, name, kind, faults);
        }
    }

    /// <summary>Checks an optional field: absent and null are fine, anything else must be of its kind and in range.</summary>
    public static void Check(JsonElement parent, string path, string name, FieldKind kind, PayloadFaults faults, double? minimum = null)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (Fault(value, kind, minimum) is { } message)
        {
            faults.Add(faults.Child(path, name), message);
        }
    }

    public static string? RequiredString(JsonElement parent, string path, string name, PayloadFaults faults)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            faults.Add(faults.Child(path, name), "Required: a string.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            faults.Add(faults.Child(path, name), $"Must be a string, not {Kind(value)}.");
            return null;
        }

        return value.GetString();
    }

    /// <summary>Runs <paramref name="validate"/> on an optional object field; absent and null are fine.</summary>
    public static void CheckObject(JsonElement parent, string parentPath, string name, PayloadFaults faults, Action<JsonElement, string, PayloadFaults> validate)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var path = faults.Child(parentPath, name);
        if (value.ValueKind != JsonValueKind.Object)
        {
            faults.Add(path, $"Must be an object (or null), not {Kind(value)}.");
            return;
        }

        validate(value, path, faults);
    }

    public static string? Fault(JsonElement value, FieldKind kind, double? minimum = null)
    {
        switch (kind)
        {
            case FieldKind.Text:
                return value.ValueKind == JsonValueKind.String ? null : $"Must be a string, not {Kind(value)}.";
            case FieldKind.Flag:
                return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : $"Must be true or false, not {Kind(value)}.";
            case FieldKind.Object:
                return value.ValueKind == JsonValueKind.Object ? null : $"Must be an object, not {Kind(value)}.";
            case FieldKind.TextList:
                return value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
                    ? null
                    : $"Must be an array of strings, not {(value.ValueKind == JsonValueKind.Array ? "an array holding other values" : Kind(value))}.";
            default:
                break;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return $"Must be a number, not {Kind(value)}.";
        }

        if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            return null; // the scan reported it as not finite, and that refuses the body
        }

        return kind switch
        {
            FieldKind.EpochSeconds when number is < MinEpochSeconds or > MaxEpochSeconds =>
                $"Must be epoch seconds between {MinEpochSeconds:F0} and {MaxEpochSeconds:F0} (years 1970 to 9000).",
            FieldKind.Count when !value.TryGetInt64(out var count) || Math.Abs(count) > MaxMagnitude =>
                "Must be a whole number (no decimal point or exponent) between -10^15 and 10^15.",
            FieldKind.Number when Math.Abs(number) > MaxMagnitude => "Must be a number between -10^15 and 10^15.",
            _ when minimum is { } min && number < min => $"Must be at least {min.ToString(CultureInfo.InvariantCulture)}.",
            _ => null,
        };
    }

    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "missing",
    };
}
