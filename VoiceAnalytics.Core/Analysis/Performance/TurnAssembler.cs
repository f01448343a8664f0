namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// Orders the speeches by their first record and works out each turn's figures. A turn is one agent response:
/// EOU delay + LLM TTFT + TTS TTFB, summing the parts present (a greeting or a reply after a tool call has no EOU
/// record). A turn that answers the user (has an EOU record) is paired with the user's message and LiveKit's
/// e2e_latency when the payload carries per-message metrics.
/// </summary>
internal static class TurnAssembler
{
    public static List<TurnAccumulator> Assemble(List<TurnAccumulator> turns, MessageTimings messages)
    {
        turns.Sort(static (a, b) =>
        {
            var byTime = a.FirstTimestamp.CompareTo(b.FirstTimestamp);
            return byTime != 0 ? byTime : a.Order.CompareTo(b.Order);
        });

        for (var i = 0; i < turns.Count; i++)
        {
            var turn = turns[i];
            turn.Index = i;
            turn.TotalMs = Total(turn);
            if (turn.EouDelay is { } eouDelay)
            {
                var userStoppedAt = turn.EouTimestamp - eouDelay;
                turn.SttDurationMs = messages.UserSpeakingMs(userStoppedAt);
                turn.E2eMs = messages.E2eMsAfter(userStoppedAt);
            }
        }

        return turns;
    }

    private static double? Total(TurnAccumulator turn)
    {
        if (turn.EouDelay is null && turn.LlmTtft is null && turn.TtsTtfb is null)
        {
            return null;
        }

        return EpochTime.ToMs((turn.EouDelay ?? 0) + (turn.LlmTtft ?? 0) + (turn.TtsTtfb ?? 0));
    }
}
