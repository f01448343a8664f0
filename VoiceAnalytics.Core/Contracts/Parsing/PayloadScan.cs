using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace VoiceAnalytics.Core.Contracts.Parsing;

/// <summary>
/// The first pass over a raw body, token by token: it must be JSON, every string and property name valid UTF-8
/// (unpaired surrogate escapes included), and every number finite. Faults carry the JSON path of the value.
/// </summary>
internal static class PayloadScan
{
    public const int MaxDepth = 64;

    /// <summary>Scans <paramref name="body"/>; false when it cannot be read further (not JSON, or text that is not UTF-8).</summary>
    public static bool Check(ReadOnlySpan<byte> body, PayloadFaults faults)
    {
        if (body.StartsWith("\uFEFF"u8))
        {
            faults.Add("$", "The body starts with a byte order mark; send UTF-8 JSON without one.");
            return false;
        }

        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth });
        var frames = new List<Frame>();
        var readable = true;
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }

                if (token == JsonTokenType.PropertyName)
                {
                    if (!IsText(ref reader))
                    {
                        faults.Add(faults.IsFull ? "$" : PathOf(frames, frames.Count - 1, body), "A property name here is not valid UTF-8 text; send the body encoded as UTF-8.");
                        readable = false;
                        frames[^1] = frames[^1] with { Name = "?", NameStart = -1 };
                    }
                    else if (reader.ValueIsEscaped)
                    {
                        frames[^1] = frames[^1] with { Name = reader.GetString()!, NameStart = -1 };
                    }
                    else
                    {
                        // Kept as a range of the body; turned into text only for a fault's path.
                        frames[^1] = frames[^1] with { NameStart = (int)reader.TokenStartIndex + 1, NameLength = reader.ValueSpan.Length };
                    }

                    continue;
                }

                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
                }

                switch (token)
                {
                    case JsonTokenType.StartObject:
                        frames.Add(new Frame(false, -1, "", -1, 0));
                        break;
                    case JsonTokenType.StartArray:
                        frames.Add(new Frame(true, -1, "", -1, 0));
                        break;
                    case JsonTokenType.String when !IsText(ref reader):
                        faults.Add(faults.IsFull ? "$" : PathOf(frames, frames.Count, body), "Must be valid UTF-8 text; this string holds bytes that are not UTF-8 (or an unpaired \\u surrogate escape).");
                        readable = false;
                        break;
                    case JsonTokenType.Number when !reader.TryGetDouble(out var number) || !double.IsFinite(number):
                        faults.Add(faults.IsFull ? "$" : PathOf(frames, frames.Count, body), "Must be a finite number; this one is too large to represent (beyond ±1.7e308).");
                        break;
                    default:
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : "";
            var what = reader.CurrentDepth >= MaxDepth - 1 ? $"it nests deeper than {MaxDepth} levels" : "it is not valid JSON";
            faults.Add("$", $"The body cannot be read: {what}{where}.");
            return false;
        }

        return readable;
    }

    /// <summary>True when the string or property name under the reader is valid UTF-8 once unescaped.</summary>
    private static bool IsText(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Utf8.IsValid(reader.ValueSpan);
        }

        var buffer = ArrayPool<char>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            reader.CopyString(buffer);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false; // invalid UTF-8 or an unpaired surrogate escape
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The path through the first <paramref name="depth"/> open containers.</summary>
    private static string PathOf(List<Frame> frames, int depth, ReadOnlySpan<byte> body)
    {
        var path = "$";
        for (var i = 0; i < depth; i++)
        {
            var frame = frames[i];
            path = frame.IsArray ? JsonPaths.Index(path, frame.Index)
                : JsonPaths.Child(path, frame.NameStart >= 0 ? Encoding.UTF8.GetString(body.Slice(frame.NameStart, frame.NameLength)) : frame.Name);
        }

        return path;
    }

    /// <summary>An open object or array: the index of the current element, or the current property name (as text or a range of the body).</summary>
    private readonly record struct Frame(bool IsArray, int Index, string Name, int NameStart, int NameLength);
}
