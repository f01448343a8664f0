using VoiceAnalytics.Core.Analysis.Sentiment.EmotionSigns;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>The tone a follow-up should take, and what it should do, from the sentiment and the emotions shown.</summary>
public static class FollowUpAdvisor
{
    public static (string Tone, IReadOnlyList<string> Recommendations) Advise(SentimentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var advice = new List<string>();
        var frustration = Reading(report, Emotions.Frustration);
        var confusion = Reading(report, Emotions.Confusion);
        var hesitation = Reading(report, Emotions.Hesitation);
        var excitement = Reading(report, Emotions.Excitement);
        var upset = report.Overall == SentimentLabels.Negative || report.Trend == SentimentTrend.Declining || frustration.Score >= 1.5;

        if (upset)
        {
            advice.Add("Open by acknowledging the friction in this call and lead with a concrete fix before any sales ask.");
        }

        if (report.FrustrationMarkers.Any(m => m.Kind is "repeated_question" or "repetition_complaint"))
        {
            advice.Add("The user had to repeat themselves: answer their repeated question directly and in writing.");
        }

        if (confusion.Score >= 1)
        {
            advice.Add("Send a short step-by-step guide or offer a screen-share for what confused them.");
        }

        if (hesitation.Score >= 1.5 || report.UserConfidence.Level == "low")
        {
            advice.Add("Reassure with proof (a customer story, a security or ROI document) and keep the ask small.");
        }

        if (!upset && (excitement.Score >= 1 || report.Overall == SentimentLabels.Positive))
        {
            advice.Add("Match their enthusiasm and move quickly to the agreed next step.");
        }

        if (report.Trend == SentimentTrend.Improving)
        {
            advice.Add("The call ended better than it started: build on what turned it around.");
        }

        if (advice.Count == 0)
        {
            advice.Add("Keep a consultative tone: recap their needs and offer one clear next step.");
        }

        var tone = upset ? "empathetic"
            : confusion.Score >= 1 ? "instructive"
            : hesitation.Score >= 1.5 ? "reassuring"
            : excitement.Score >= 1 || report.Overall == SentimentLabels.Positive ? "enthusiastic"
            : "consultative";
        return (tone, advice);
    }

    private static EmotionReading Reading(SentimentReport report, string emotion) =>
        report.Emotions.FirstOrDefault(e => e.Emotion == emotion) ?? new EmotionReading(emotion, "none", 0, 0, []);
}
