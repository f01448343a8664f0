namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>Session usage per model, and where the LLM figures came from (model_usage, usage_summary or metrics).</summary>
internal sealed record UsageTotals(List<ModelTally> Lines, string Source)
{
    public long PromptTokens => Sum(ModelTally.Llm, static t => t.InputTokens);

    public long PromptCachedTokens => Sum(ModelTally.Llm, static t => t.CachedTokens);

    public long CompletionTokens => Sum(ModelTally.Llm, static t => t.OutputTokens);

    public long TtsCharacters => Sum(ModelTally.Tts, static t => t.Characters);

    public double SttAudioSeconds => Seconds(ModelTally.Stt);

    public double TtsAudioSeconds => Seconds(ModelTally.Tts);

    private long Sum(string kind, Func<ModelTally, long> value)
    {
        long sum = 0;
        foreach (var line in Lines)
        {
            if (line.Kind == kind)
            {
                sum += value(line);
            }
        }

        return sum;
    }

    private double Seconds(string kind)
    {
        var sum = 0.0;
        foreach (var line in Lines)
        {
            if (line.Kind == kind)
            {
                sum += line.AudioSeconds;
            }
        }

        return sum;
    }
}
