using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// How many tool calls ran and which failed: the transcript's function_call_output items, plus the envelope's
/// <c>tool_calls</c> entries for calls the transcript does not hold (<see cref="ToolInvocations.NotInTranscript"/>).
/// </summary>
internal sealed class ToolCallOutcomes
{
    private ToolCallOutcomes()
    {
    }

    public int Calls { get; private set; }

    /// <summary>Failed calls (epoch seconds, tool name), sorted by time; calls without a time are counted but not listed.</summary>
    public List<(double At, string Name)> Errors { get; } = [];

    public int ErrorCount { get; private set; }

    public static ToolCallOutcomes Read(SessionPayload session)
    {
        var outcomes = new ToolCallOutcomes();
        var items = session.Transcript.Items;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is FunctionCallOutputItem output)
            {
                outcomes.Add(output.IsError, output.CreatedAt > 0 ? output.CreatedAt : null, output.Name);
            }
        }

        // The agent's own copies count only for calls the transcript does not hold (never twice).
        foreach (var call in ToolInvocations.NotInTranscript(session))
        {
            outcomes.Add(call.IsError, call.StartedAt ?? call.CompletedAt, call.Name);
        }

        outcomes.Errors.Sort(static (a, b) => a.At.CompareTo(b.At));
        return outcomes;
    }

    private void Add(bool isError, double? at, string name)
    {
        Calls++;
        if (!isError)
        {
            return;
        }

        ErrorCount++;
        if (at is { } time)
        {
            Errors.Add((time, name));
        }
    }
}
