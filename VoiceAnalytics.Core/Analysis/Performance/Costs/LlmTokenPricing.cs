namespace VoiceAnalytics.Core.Analysis.Performance.Costs;

/// <summary>
/// An LLM line's cost in USD, each token kind at its own price: uncached and cached text input, audio input and its
/// cached part, image input and its cached part, text output and audio output. Text is what the totals leave after
/// audio and image (never negative; a negative total counts as none); each cached part is clamped to its kind, and the cached text is what the cached
/// total leaves after cached audio and image. Without details every token is text, as before realtime models.
/// </summary>
internal static class LlmTokenPricing
{
    private const double Million = 1_000_000;

    public static double Usd(ModelTally line, LlmPrice price)
    {
        // Counts may be negative in a payload (the contract allows ±10^15): a negative total is read as none, so every
        // clamp below has a range and no kind is priced below zero.
        var input = Math.Max(0, line.InputTokens);
        var output = Math.Max(0, line.OutputTokens);
        var audio = Math.Clamp(line.InputAudioTokens, 0, input);
        var image = Math.Clamp(line.InputImageTokens, 0, input - audio);
        var text = input - audio - image;
        var cached = Math.Clamp(line.CachedTokens, 0, input);
        var cachedAudio = Math.Clamp(line.CachedAudioTokens, 0, Math.Min(audio, cached));
        var cachedImage = Math.Clamp(line.CachedImageTokens, 0, Math.Min(image, cached - cachedAudio));
        var cachedText = Math.Clamp(cached - cachedAudio - cachedImage, 0, text);
        var audioOut = Math.Clamp(line.OutputAudioTokens, 0, output);
        var textOut = output - audioOut;

        var usd = ((text - cachedText) * price.InputPerMillion)
            + (cachedText * price.CachedInputPerMillion)
            + ((audio - cachedAudio) * (price.AudioInputPerMillion ?? price.InputPerMillion))
            + (cachedAudio * (price.CachedAudioInputPerMillion ?? price.CachedInputPerMillion))
            + ((image - cachedImage) * (price.ImageInputPerMillion ?? price.InputPerMillion))
            + (cachedImage * (price.CachedImageInputPerMillion ?? price.CachedInputPerMillion))
            + (textOut * price.OutputPerMillion)
            + (audioOut * (price.AudioOutputPerMillion ?? price.OutputPerMillion));
        return usd / Million;
    }
}
