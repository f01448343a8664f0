namespace VoiceAnalytics.Core.Analysis.Performance.Costs;

/// <summary>
/// Spec 3.6 cost: LLM tokens (each token kind at its own price, see <see cref="LlmTokenPricing"/>), STT audio minutes,
/// TTS characters and LiveKit agent minutes of the call. Lines with nothing to charge are left out.
/// </summary>
internal static class CostCalculator
{
    private const double Million = 1_000_000;
    private const string UnknownProvider = "unknown";

    public static CostBreakdown Calculate(UsageTotals usage, double callSeconds, PriceTable prices)
    {
        var lines = new List<ProviderCost>(usage.Lines.Count + 1);
        double llm = 0, stt = 0, tts = 0;
        foreach (var line in usage.Lines)
        {
            var provider = line.Provider ?? UnknownProvider;
            switch (line.Kind)
            {
                case ModelTally.Llm when line.InputTokens + line.OutputTokens > 0:
                    var llmUsd = Round(LlmTokenPricing.Usd(line, prices.Llm(line.Model)));
                    lines.Add(new(provider, line.Model, ModelTally.Llm, llmUsd, line.InputTokens + line.OutputTokens, "tokens"));
                    llm += llmUsd;
                    break;
                case ModelTally.Stt when line.AudioSeconds > 0:
                    var minutes = line.AudioSeconds / 60;
                    var sttUsd = Round(minutes * prices.SttPerMinute(line.Provider, line.Model));
                    lines.Add(new(provider, line.Model, ModelTally.Stt, sttUsd, Math.Round(minutes, 6), "minutes"));
                    stt += sttUsd;
                    break;
                case ModelTally.Tts when line.Characters > 0:
                    var ttsUsd = Round(line.Characters * prices.TtsPerMillionCharacters(line.Provider, line.Model) / Million);
                    lines.Add(new(provider, line.Model, ModelTally.Tts, ttsUsd, line.Characters, "characters"));
                    tts += ttsUsd;
                    break;
            }
        }

        var agent = 0.0;
        if (callSeconds > 0)
        {
            var minutes = callSeconds / 60;
            agent = Round(minutes * prices.AgentPerMinute);
            lines.Add(new("LiveKit", "agent", "agent", agent, Math.Round(minutes, 6), "minutes"));
        }

        return new CostBreakdown
        {
            LlmUsd = Round(llm),
            SttUsd = Round(stt),
            TtsUsd = Round(tts),
            AgentUsd = agent,
            TotalUsd = Round(llm + stt + tts + agent),
            ByProvider = lines,
        };
    }

    private static double Round(double usd) => Math.Round(usd, 6);
}
