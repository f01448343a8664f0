namespace VoiceAnalytics.Core.Analysis.Performance.Costs;

/// <summary>Session usage per model, and the source it came from (see <see cref="UsageResolver"/>).</summary>
internal sealed record UsageTotals(List<ModelTally> Lines, string Source)
{
    public long PromptTokens => Sum(ModelTally.Llm, static t => t.InputTokens);

    public long PromptCachedTokens => Sum(ModelTally.Llm, static t => t.CachedTokens);

    public long PromptAudioTokens => Sum(ModelTally.Llm, static t => t.InputAudioTokens);

    public long PromptCachedAudioTokens => Sum(ModelTally.Llm, static t => t.CachedAudioTokens);

    public long PromptImageTokens => Sum(ModelTally.Llm, static t => t.InputImageTokens);

    public long PromptCachedImageTokens => Sum(ModelTally.Llm, static t => t.CachedImageTokens);

    public long CompletionTokens => Sum(ModelTally.Llm, static t => t.OutputTokens);

    public long CompletionAudioTokens => Sum(ModelTally.Llm, static t => t.OutputAudioTokens);

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
