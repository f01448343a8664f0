using System.Text.Json;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>
/// Every tool call of a session, in call order. The transcript is the record of what the LLM did; the envelope's
/// <c>tool_calls</c> is the agent's own copy, used for calls the transcript does not hold (a truncated history):
/// matched by call id, or, for copies without one (the seeds' <c>{"tools": [names]}</c>), by name and count, so a
/// call present in both is never counted twice.
/// </summary>
public static class ToolInvocations
{
    public static IReadOnlyList<ToolInvocation> Read(SessionPayload session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var outputs = session.Transcript.Items.OfType<FunctionCallOutputItem>()
            .GroupBy(o => o.CallId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var calls = session.Transcript.Items.OfType<FunctionCallItem>()
            .Select(c => new ToolInvocation(c.CallId, c.Name, c.ParsedArguments(), outputs.GetValueOrDefault(c.CallId), FromEpoch(c.CreatedAt) ?? session.StartTime))
            .ToList();
        calls.AddRange(NotInTranscript(session)
            .Select(t => new ToolInvocation(
                t.CallId,
                t.Name,
                t.Arguments is { ValueKind: JsonValueKind.Object } args ? args.Clone() : null,
                t.Output is null ? null : new FunctionCallOutputItem { CallId = t.CallId, Name = t.Name, Output = t.Output, IsError = t.IsError },
                FromEpoch(t.StartedAt) ?? session.StartTime)));
        return [.. calls.OrderBy(c => c.CalledAt)];
    }

    /// <summary>The envelope's tool calls the transcript does not hold, in the envelope's order.</summary>
    public static IEnumerable<ToolCall> NotInTranscript(SessionPayload session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var unmatchedByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var call in session.Transcript.Items.OfType<FunctionCallItem>())
        {
            if (call.CallId.Length > 0)
            {
                ids.Add(call.CallId);
            }

            unmatchedByName[call.Name] = unmatchedByName.GetValueOrDefault(call.Name) + 1;
        }

        foreach (var copy in session.ToolCalls.Where(t => t.CallId.Length > 0 && ids.Contains(t.CallId)))
        {
            unmatchedByName[copy.Name] = unmatchedByName.GetValueOrDefault(copy.Name) - 1; // this transcript call has its copy
        }

        foreach (var copy in session.ToolCalls)
        {
            if (copy.CallId.Length > 0)
            {
                if (!ids.Contains(copy.CallId))
                {
                    yield return copy;
                }
            }
            else if (unmatchedByName.GetValueOrDefault(copy.Name) > 0)
            {
                unmatchedByName[copy.Name]--; // a copy of a transcript call without an id
            }
            else
            {
                yield return copy;
            }
        }
    }

    private static DateTimeOffset? FromEpoch(double? seconds) =>
        seconds is { } s && s > 0 ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(s * 1000)) : null;
}
