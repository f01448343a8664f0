using VoiceAnalytics.Core.Contracts.Metrics;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Analysis.Performance.Costs;

/// <summary>
/// Usage estimated from the per-message metrics, for a payload that sends neither usage nor metrics records (1.7
/// agents may send only <c>session.history</c>): STT audio = the users' speaking time, TTS audio = the assistant's
/// speaking time, TTS characters = the text of the assistant messages that carry metrics (the ones spoken). The models
/// are the first <c>stt_metadata</c>/<c>tts_metadata</c> named. LLM tokens are not in the messages, so none is made up.
/// </summary>
internal static class MessageUsage
{
    public static List<ModelTally> Read(IReadOnlyList<TranscriptItem> items)
    {
        double sttSeconds = 0, ttsSeconds = 0;
        long characters = 0;
        MetricsMetadata? stt = null, tts = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not MessageItem { Metrics: { } metrics } message)
            {
                continue;
            }

            var spoke = metrics is { StartedSpeakingAt: { } started, StoppedSpeakingAt: { } stopped } && stopped > started ? stopped - started : 0;
            if (message.IsUser)
            {
                sttSeconds += spoke;
                stt ??= metrics.SttMetadata;
            }
            else if (message.IsAssistant)
            {
                ttsSeconds += spoke;
                characters += message.Text.Length;
                tts ??= metrics.TtsMetadata;
            }
        }

        var tallies = new List<ModelTally>(2);
        if (sttSeconds > 0)
        {
            ModelTally.For(tallies, ModelTally.Stt, stt?.ModelProvider, stt?.ModelName).AudioSeconds = sttSeconds;
        }

        if (ttsSeconds > 0 || characters > 0)
        {
            var line = ModelTally.For(tallies, ModelTally.Tts, tts?.ModelProvider, tts?.ModelName);
            line.AudioSeconds = ttsSeconds;
            line.Characters = characters;
        }

        return tallies;
    }
}
