using VoiceAnalytics.Core.Analysis.Quality.Endings;
using VoiceAnalytics.Core.Analysis.Quality.Questions;
using VoiceAnalytics.Core.Analysis.Sentiment;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>The spec 3.3 targets as 0-10 component scores, the satisfaction proxy, and the overall score (their mean).</summary>
public static class QualityScorer
{
    /// <summary>
    /// Satisfaction 0-10: sentiment 50 % (score mapped to 0-10, +1 improving, -1.5 declining), engagement 20 % (questions
    /// and turns), resolution 30 % (questions resolved, natural ending).
    /// </summary>
    public static double Satisfaction(SentimentProgression sentiment, QuestionEngagement questions, int userTurns, AgentEffectiveness agent, EndingAssessment ending)
    {
        ArgumentNullException.ThrowIfNull(sentiment);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(ending);
        var trendAdjust = sentiment.Trend == SentimentTrend.Improving ? 1 : sentiment.Trend == SentimentTrend.Declining ? -1.5 : 0;
        var mood = Math.Clamp((5 * (sentiment.Score + 1)) + trendAdjust, 0, 10);
        var engagement = 10 * ((Math.Min(questions.UserQuestions, 4) / 4.0) + (Math.Min(userTurns, 6) / 6.0)) / 2;
        var resolution = 10 * ((0.6 * (agent.ResolutionRate ?? 0.7)) + (ending.Natural ? 0.4 : 0));
        return Math.Round((0.5 * mood) + (0.2 * engagement) + (0.3 * resolution), 1);
    }

    public static IReadOnlyList<QualityComponent> Components(ConversationQualityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var balance = report.TurnBalance.Ratio;
        var questions = report.Questions.Total;
        var interruptions = report.InterruptionDetails;
        var deadAir = report.Speaking.DeadAirPercent;
        var sentiment = report.Sentiment;
        return
        [
            new("turn_balance", balance, "0.6-1.4", balance is { } b ? BandScore(b, 0.6, 1.4, 0.8) : null, balance is null ? null : report.TurnBalance.WithinTarget),
            new("question_engagement", questions, "5-12 questions", questions >= 5 ? Math.Max(5, 10 - Math.Max(0, questions - 12)) : 2 * questions, questions is >= 5 and <= 12),
            new("interruptions", interruptions.Count, "< 3 and < 0.5/min", InterruptionScore(interruptions), interruptions.WithinTarget),
            new("dead_air_percent", deadAir, "< 5 %", deadAir is { } d ? Math.Clamp(10 - Math.Max(0, d - 5), 0, 10) : null, deadAir is { } p ? p < 5 : null),
            new("natural_ending", report.NaturalEnding ? 1 : 0, "goodbye from both sides", report.NaturalEnding ? 10 : 3, report.NaturalEnding),
            new("sentiment_progression", sentiment.Score, "positive or improving", SentimentScore(sentiment), sentiment.MeetsTarget),
            new("satisfaction_proxy", report.SatisfactionProxy, ">= 7", report.SatisfactionProxy, report.SatisfactionProxy >= 7),
            new("agent_effectiveness", report.AgentEffectiveness.Score, ">= 7", report.AgentEffectiveness.Score, report.AgentEffectiveness.Score >= 7),
        ];
    }

    public static double Overall(IReadOnlyList<QualityComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var scored = components.Where(c => c.Score is not null).ToList();
        return scored.Count == 0 ? 0 : Math.Round(scored.Average(c => c.Score!.Value), 1);
    }

    /// <summary>10 inside [low, high], falling linearly to 0 at <paramref name="falloff"/> outside it.</summary>
    private static double BandScore(double value, double low, double high, double falloff)
    {
        var outside = value < low ? low - value : value > high ? value - high : 0;
        return Math.Round(Math.Clamp(10 * (1 - (outside / falloff)), 0, 10), 1);
    }

    private static double InterruptionScore(InterruptionStats stats)
    {
        var byCount = 10 - (2.5 * Math.Max(0, stats.Count - 2));
        var byRate = stats.PerMinute is { } rate ? 10 - (10 * Math.Max(0, rate - 0.5)) : 10;
        return Math.Round(Math.Clamp(Math.Min(byCount, byRate), 0, 10), 1);
    }

    private static double SentimentScore(SentimentProgression sentiment) =>
        sentiment.Trend == SentimentTrend.Declining || sentiment.Overall == SentimentLabels.Negative ? 2
        : sentiment.MeetsTarget ? 10
        : 6.5;
}
