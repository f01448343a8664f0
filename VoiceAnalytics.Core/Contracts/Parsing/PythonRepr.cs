using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using VoiceAnalytics.Core.Contracts.Metrics;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// Reads the text Python prints for a pydantic model or a dict, so that an agent that buffers <c>str(ev.metrics)</c>
/// (the seeds' own collection code, spec "Implementation Templates") still gives figures. Three forms are read:
/// pydantic's <c>str()</c>, <c>type='llm_metrics' label='x' ttft=0.4 metadata=Metadata(model_name='gpt-4o')</c>
/// (fields separated by spaces, nested models in <c>repr</c> form); livekit-agents' own <c>repr()</c>,
/// <c>LLMMetrics(label='x', ttft=0.4)</c> (<c>metrics/base.py</c> <c>_BaseMetrics.__repr__</c>, defaults left out, so the
/// type comes from the class name); and a dict, <c>{'type': 'llm_metrics', ...}</c>. Values are Python literals:
/// quoted strings with escapes, numbers, <c>True</c>/<c>False</c>/<c>None</c>, lists, tuples, dicts and nested models.
/// Bounded: at most <see cref="MaxLength"/> characters and <see cref="MaxDepth"/> levels; anything else is a fault.
/// </summary>
internal static class PythonRepr
{
    public const int MaxLength = 65_536;
    public const int MaxDepth = 16;

    /// <summary>livekit-agents 1.7 class names and the <c>type</c> their records carry (<c>metrics/base.py</c>, <c>metrics/usage.py</c>).</summary>
    private static readonly Dictionary<string, string> TypeOfClass = new(StringComparer.Ordinal)
    {
        ["LLMMetrics"] = "llm_metrics",
        ["STTMetrics"] = "stt_metrics",
        ["TTSMetrics"] = "tts_metrics",
        ["VADMetrics"] = "vad_metrics",
        ["EOUMetrics"] = "eou_metrics",
        ["EOTInferenceMetrics"] = "eot_inference_metrics",
        ["RealtimeModelMetrics"] = "realtime_model_metrics",
        ["InterruptionMetrics"] = "interruption_metrics",
        ["AvatarMetrics"] = "avatar_metrics",
        ["LLMModelUsage"] = ModelUsage.LlmType,
        ["STTModelUsage"] = ModelUsage.SttType,
        ["TTSModelUsage"] = ModelUsage.TtsType,
        ["InterruptionModelUsage"] = ModelUsage.InterruptionType,
        ["EOTModelUsage"] = ModelUsage.EotType,
    };

    /// <summary>The object the text describes, as a JSON document the caller disposes; null with <paramref name="error"/> when it cannot be read.</summary>
    public static JsonDocument? ToJson(string text, out string? error)
    {
        if (text.Length > MaxLength)
        {
            error = $"The text is longer than {MaxLength} characters.";
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(text.Length + 64);
        try
        {
            using (var writer = new Utf8JsonWriter(buffer))
            {
                new Reader(text, writer).ReadTop();
            }

            error = null;
            return JsonDocument.Parse(buffer.WrittenMemory);
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    private sealed class Reader(string text, Utf8JsonWriter writer)
    {
        private int _at;
        private int _depth;

        public void ReadTop()
        {
            SkipSpace();
            if (Peek() == '{')
            {
                ReadDict();
            }
            else if (TryReadName(out var name) && Peek() == '(')
            {
                // ClassName(field=value, ...): the repr form.
                _at++;
                writer.WriteStartObject();
                if (TypeOfClass.TryGetValue(name, out var type) && !HasField("type"))
                {
                    writer.WriteString("type", type);
                }

                ReadFields(')');
                writer.WriteEndObject();
            }
            else
            {
                // field=value field=value: pydantic's str().
                _at = 0;
                writer.WriteStartObject();
                ReadFields(end: null);
                writer.WriteEndObject();
            }

            SkipSpace();
            if (_at < text.Length)
            {
                throw Fault("unexpected text after the end");
            }
        }

        /// <summary>Whether the repr names the field itself (<c>type=</c>), so the class name need not supply it.</summary>
        private bool HasField(string name) =>
            text.AsSpan(_at).StartsWith(name + "=", StringComparison.Ordinal) || text.Contains(", " + name + "=", StringComparison.Ordinal);

        private void ReadFields(char? end)
        {
            while (true)
            {
                SkipSpace();
                if (end is { } close && Peek() == close)
                {
                    _at++;
                    return;
                }

                if (end is null && _at >= text.Length)
                {
                    return;
                }

                if (!TryReadName(out var name))
                {
                    throw Fault("expected a field name");
                }

                SkipSpace();
                Expect('=');
                writer.WritePropertyName(name);
                ReadValue();
                SkipSpace();
                if (Peek() == ',')
                {
                    _at++;
                }
            }
        }

        private void ReadValue()
        {
            SkipSpace();
            if (++_depth > MaxDepth)
            {
                throw Fault($"nested more than {MaxDepth} deep");
            }

            var c = Peek();
            switch (c)
            {
                case '\'' or '"':
                    writer.WriteStringValue(ReadString());
                    break;
                case '[':
                    _at++;
                    ReadItems(']');
                    break;
                case '(':
                    _at++;
                    ReadItems(')');
                    break;
                case '{':
                    ReadDict();
                    break;
                case '-' or '+' or '.' or (>= '0' and <= '9'):
                    ReadNumber();
                    break;
                default:
                    ReadWord();
                    break;
            }

            _depth--;
        }

        private void ReadWord()
        {
            if (!TryReadName(out var word))
            {
                throw Fault("expected a value");
            }

            switch (word)
            {
                case "True":
                    writer.WriteBooleanValue(true);
                    return;
                case "False":
                    writer.WriteBooleanValue(false);
                    return;
                case "None":
                    writer.WriteNullValue();
                    return;
                case "inf" or "nan":
                    throw Fault("a number that is not finite");
            }

            if (Peek() != '(')
            {
                throw Fault($"an unknown name '{Shorten(word)}'");
            }

            // A nested model, Metadata(model_name='x'): its fields become an object; positional arguments a list.
            _at++;
            SkipSpace();
            var keyword = TryPeekKeyword();
            if (keyword)
            {
                writer.WriteStartObject();
                ReadFields(')');
                writer.WriteEndObject();
            }
            else
            {
                ReadItems(')');
            }
        }

        private bool TryPeekKeyword()
        {
            var at = _at;
            if (!TryReadName(out _))
            {
                _at = at;
                return false;
            }

            SkipSpace();
            var keyword = Peek() == '=' && (_at + 1 >= text.Length || text[_at + 1] != '=');
            _at = at;
            return keyword;
        }

        private void ReadItems(char close)
        {
            writer.WriteStartArray();
            while (true)
            {
                SkipSpace();
                if (Peek() == close)
                {
                    _at++;
                    break;
                }

                ReadValue();
                SkipSpace();
                if (Peek() == ',')
                {
                    _at++;
                }
                else if (Peek() != close)
                {
                    throw Fault($"expected ',' or '{close}'");
                }
            }

            writer.WriteEndArray();
        }

        private void ReadDict()
        {
            Expect('{');
            writer.WriteStartObject();
            while (true)
            {
                SkipSpace();
                if (Peek() == '}')
                {
                    _at++;
                    break;
                }

                if (Peek() is not ('\'' or '"'))
                {
                    throw Fault("a dict key that is not a string");
                }

                writer.WritePropertyName(ReadString());
                SkipSpace();
                Expect(':');
                ReadValue();
                SkipSpace();
                if (Peek() == ',')
                {
                    _at++;
                }
                else if (Peek() != '}')
                {
                    throw Fault("expected ',' or '}'");
                }
            }

            writer.WriteEndObject();
        }

        private void ReadNumber()
        {
            var start = _at;
            if (Peek() is '-' or '+')
            {
                _at++;
            }

            if (text.AsSpan(_at).StartsWith("inf", StringComparison.Ordinal) || text.AsSpan(_at).StartsWith("nan", StringComparison.Ordinal))
            {
                throw Fault("a number that is not finite");
            }

            while (_at < text.Length && (char.IsAsciiDigit(text[_at]) || text[_at] is '.' or 'e' or 'E' or '_'
                || (text[_at] is '-' or '+' && text[_at - 1] is 'e' or 'E')))
            {
                _at++;
            }

            var literal = text.AsSpan(start, _at - start).ToString().Replace("_", "", StringComparison.Ordinal);
            if (long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            {
                writer.WriteNumberValue(whole);
            }
            else if (double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
            {
                writer.WriteNumberValue(real);
            }
            else
            {
                throw Fault($"'{Shorten(literal)}' is not a number");
            }
        }

        private string ReadString()
        {
            var quote = text[_at++];
            var value = new StringBuilder();
            while (true)
            {
                if (_at >= text.Length)
                {
                    throw Fault("a string that does not end");
                }

                var c = text[_at++];
                if (c == quote)
                {
                    return value.ToString();
                }

                if (c != '\\')
                {
                    value.Append(c);
                    continue;
                }

                if (_at >= text.Length)
                {
                    throw Fault("a string that does not end");
                }

                var escaped = text[_at++];
                switch (escaped)
                {
                    case 'n': value.Append('\n'); break;
                    case 'r': value.Append('\r'); break;
                    case 't': value.Append('\t'); break;
                    case '0': value.Append('\0'); break;
                    case 'a': value.Append('\a'); break;
                    case 'b': value.Append('\b'); break;
                    case 'f': value.Append('\f'); break;
                    case 'v': value.Append('\v'); break;
                    case 'x': AppendCodePoint(value, 2); break;
                    case 'u': AppendCodePoint(value, 4); break;
                    case 'U': AppendCodePoint(value, 8); break;
                    default: value.Append(escaped); break; // \\ \' \" and anything Python keeps as is
                }
            }
        }

        private void AppendCodePoint(StringBuilder value, int digits)
        {
            if (_at + digits > text.Length || !int.TryParse(text.AsSpan(_at, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
            {
                throw Fault("a bad escape in a string");
            }

            _at += digits;
            value.Append(char.ConvertFromUtf32(code));
        }

        private bool TryReadName(out string name)
        {
            var start = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] is '_' or '.') && !(start == _at && char.IsAsciiDigit(text[_at])))
            {
                _at++;
            }

            name = text[start.._at];
            return name.Length > 0;
        }

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw Fault($"expected '{c}'");
            }

            _at++;
        }

        private char Peek() => _at < text.Length ? text[_at] : '\0';

        private void SkipSpace()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }

        private FormatException Fault(string what) => new($"Not a Python representation of a record this service reads: {what} at character {_at}.");

        private static string Shorten(string value) => value.Length <= 32 ? value : value[..32] + "…";
    }
}
