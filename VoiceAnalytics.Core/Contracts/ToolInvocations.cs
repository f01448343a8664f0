using System.Text.Json;

namespace VoiceAnalytics.Core.Contracts;

/// <summary>
/// Every tool call of a session, in call order. The transcript is the record of what the LLM did; the envelope's
/// <c>tool_calls</c> is the agent's own copy, used for calls the transcript does not hold (a truncated history).
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
        var known = calls.Select(c => c.CallId).Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        calls.AddRange(session.ToolCalls
            .Where(t => t.CallId.Length == 0 || !known.Contains(t.CallId))
            .Select(t => new ToolInvocation(
                t.CallId,
                t.Name,
                t.Arguments is { ValueKind: JsonValueKind.Object } args ? args.Clone() : null,
                t.Output is null ? null : new FunctionCallOutputItem { CallId = t.CallId, Name = t.Name, Output = t.Output, IsError = t.IsError },
                FromEpoch(t.StartedAt) ?? session.StartTime)));
        return [.. calls.OrderBy(c => c.CalledAt)];
    }

    private static DateTimeOffset? FromEpoch(double? seconds) =>
        seconds is { } s && s > 0 ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(s * 1000)) : null;
}
