using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// Makes <c>null</c> read as an absent field for every property of the contract that is not declared nullable:
/// the property keeps its default (an empty list, an empty string, <c>-1</c> for a missing time to first token), so
/// analysis never meets a null the types promise away (issue 10: <c>"metrics": null</c> used to fail the session).
/// </summary>
internal static class NullMeansAbsent
{
    private static readonly string Contract = typeof(SessionPayload).Namespace!;

    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !IsContract(typeInfo.Type) || typeInfo.CreateObject is null)
        {
            return;
        }

        object? blank = null;
        foreach (var property in typeInfo.Properties)
        {
            if (property.IsSetNullable || property.IsRequired || property.Get is not { } get || property.Set is not { } set)
            {
                continue;
            }

            blank ??= typeInfo.CreateObject();
            var fallback = get(blank);
            if (!property.PropertyType.IsValueType)
            {
                if (fallback is not null)
                {
                    property.Set = (target, value) => set(target, value ?? fallback);
                }
            }
            else if (Converter(property.PropertyType, fallback) is { } converter)
            {
                property.CustomConverter = converter;
            }
        }
    }

    private static JsonConverter? Converter(Type type, object? fallback) => fallback switch
    {
        double value when type == typeof(double) => new NullAs<double>(value, static (ref Utf8JsonReader r) => r.GetDouble(), static (w, v) => w.WriteNumberValue(v)),
        long value when type == typeof(long) => new NullAs<long>(value, static (ref Utf8JsonReader r) => r.GetInt64(), static (w, v) => w.WriteNumberValue(v)),
        int value when type == typeof(int) => new NullAs<int>(value, static (ref Utf8JsonReader r) => r.GetInt32(), static (w, v) => w.WriteNumberValue(v)),
        bool value when type == typeof(bool) => new NullAs<bool>(value, static (ref Utf8JsonReader r) => r.GetBoolean(), static (w, v) => w.WriteBooleanValue(v)),
        _ => null,
    };

    private delegate T ReadValue<out T>(ref Utf8JsonReader reader);

    /// <summary>Reads null as <paramref name="fallback"/>, anything else as the built-in converter would.</summary>
    private sealed class NullAs<T>(T fallback, ReadValue<T> read, Action<Utf8JsonWriter, T> write) : JsonConverter<T>
        where T : struct
    {
        public override bool HandleNull => true;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? fallback : read(ref reader);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);
    }

    /// <summary>The contract's types: the session record's namespace and those below it (transcript items, metrics).</summary>
    private static bool IsContract(Type type) =>
        type.Namespace is { } ns && (ns == Contract || (ns.StartsWith(Contract, StringComparison.Ordinal) && ns[Contract.Length] == '.'));
}
