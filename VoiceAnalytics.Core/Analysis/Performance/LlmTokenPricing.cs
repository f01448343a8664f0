namespace VoiceAnalytics.Core.Analysis.Performance;

/// <summary>
/// An LLM line's cost in USD, each token kind at its own price: uncached and cached text input, audio input and its
/// cached part, image input and its cached part, text output and audio output. Text is what the totals leave after
/// audio and image (never negative); each cached part is clamped to its kind, and the cached text is what the cached
/// total leaves after cached audio and image. Without details every token is text, as before realtime models.
/// </summary>
internal static class LlmTokenPricing
{
    private const double Million = 1_000_000;

    public static double Usd(ModelTally line, LlmPrice price)
    {
        var audio = Math.Clamp(line.InputAudioTokens, 0, line.InputTokens);
        var image = Math.Clamp(line.InputImageTokens, 0, line.InputTokens - audio);
        var text = line.InputTokens - audio - image;
        var cached = Math.Clamp(line.CachedTokens, 0, line.InputTokens);
        var cachedAudio = Math.Clamp(line.CachedAudioTokens, 0, Math.Min(audio, cached));
        var cachedImage = Math.Clamp(line.CachedImageTokens, 0, Math.Min(image, cached - cachedAudio));
        var cachedText = Math.Clamp(cached - cachedAudio - cachedImage, 0, text);
        var audioOut = Math.Clamp(line.OutputAudioTokens, 0, line.OutputTokens);
        var textOut = line.OutputTokens - audioOut;

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
