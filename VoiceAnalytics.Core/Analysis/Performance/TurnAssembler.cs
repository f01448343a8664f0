namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// Orders the responses by their first record and works out each turn's figures. A turn is one agent response:
/// EOU delay + LLM TTFT + TTS TTFB, summing the parts present (a greeting or a reply after a tool call has no EOU
/// record; a realtime response has only its TTFT). A pipeline turn that answers the user (has an EOU record) is paired
/// with the user's message and LiveKit's e2e_latency; a realtime turn with its assistant message by response id, else
/// by time. In a call without speech_id records (realtime or e2e-only), an assistant message with an e2e_latency that
/// no turn took is a turn of its own, so an e2e-only payload has turns. Then the call's <see cref="LatencyBases">latency basis</see> is chosen
/// and each turn's latency set on it.
/// </summary>
internal static class TurnAssembler
{
    /// <summary>A realtime response starts playing within this long after its first audio token (playback, jitter).</summary>
    private const double RealtimePairingSeconds = 1.5;

    public static string Assemble(List<TurnAccumulator> turns, MessageTimings messages)
    {
        bool pipeline = false, speeches = false;
        foreach (var turn in turns)
        {
            pipeline |= turn.HasPipelineStage;
            speeches |= turn.SpeechId is not null;
            PairRealtime(turn, messages);
        }

        // Messages become turns only when no speech_id record describes the responses, so none is counted twice.
        if (!speeches)
        {
            foreach (var response in messages.Responses)
            {
                if (!response.Claimed)
                {
                    response.Claimed = true;
                    turns.Add(TurnAccumulator.FromMessage(turns.Count, response.At, response.E2eMs));
                }
            }
        }

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

        var basis = Basis(turns, pipeline);
        foreach (var turn in turns)
        {
            turn.LatencyMs = basis == LatencyBases.E2eLatency ? turn.E2eMs : turn.TotalMs;
        }

        return basis;
    }

    private static string Basis(List<TurnAccumulator> turns, bool pipeline)
    {
        if (pipeline)
        {
            return LatencyBases.PipelineStages;
        }

        var basis = LatencyBases.None;
        foreach (var turn in turns)
        {
            if (turn.E2eMs is not null)
            {
                return LatencyBases.E2eLatency;
            }

            if (turn.TotalMs is not null)
            {
                basis = LatencyBases.ModelTtft;
            }
        }

        return basis;
    }

    /// <summary>
    /// By id when the message names the response; else the first free message that started playing between the first
    /// audio token and <see cref="RealtimePairingSeconds"/> after (a response without audio has no message to pair).
    /// </summary>
    private static void PairRealtime(TurnAccumulator turn, MessageTimings messages)
    {
        if (turn.RequestId is null && turn.SpeechId is not null)
        {
            return;
        }

        var response = messages.ResponseFor(turn.RequestId);
        if (response is null && turn.SpeechId is null && turn.LlmTtft is { } ttft)
        {
            var audioAt = turn.FirstTimestamp + ttft;
            response = messages.Responses.Find(r => !r.Claimed && r.At >= audioAt && r.At - audioAt <= RealtimePairingSeconds);
        }

        if (response is { Claimed: false })
        {
            response.Claimed = true;
            turn.E2eMs = response.E2eMs;
        }
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
