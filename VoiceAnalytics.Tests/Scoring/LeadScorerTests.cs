using VoiceAnalytics.Core.Scoring;

namespace VoiceAnalytics.Tests.Scoring;

public sealed class LeadScorerTests
{
    private static readonly LeadFacts Strong = new()
    {
        TeamSize = 35,
        CompanySize = 400,
        MonthlyVolume = 600,
        IntegrationNeeds = ["hubspot"],
        Industry = "logistics",
        UseCases = ["proposals", "quotes"],
        DecisionTimeline = "this_month",
        BudgetAuthority = "influencer",
        BuyingSignal = "strong",
        MeetingBooked = true,
        UserQuestions = 5,
        UserTurns = 14,
        DurationSeconds = 284,
        Sentiment = "positive",
        SignalConfidence = 0.9,
    };

    [Fact]
    public void Score_StrongLead_HotWithCappedComponents()
    {
        var report = CreateSut().Score(Strong);

        Assert.Equal(new[] { 20, 25, 20, 20, 15 }, report.Components.Select(c => c.Points));
        Assert.Equal(100, report.Score);
        Assert.Equal("hot", report.Temperature);
        Assert.Equal("high", report.Confidence);
        Assert.Contains(report.Justification, j => j.Contains("Team size (35 seats): +25 (firmographic)", StringComparison.Ordinal));
        Assert.Contains(report.Justification, j => j.Contains("intent capped at 20", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_EmptyCall_NurtureLowConfidenceTier2()
    {
        var report = CreateSut().Score(new LeadFacts());

        Assert.Equal(0, report.Score);
        Assert.Equal("nurture", report.Temperature);
        Assert.Equal("low", report.Confidence);
        Assert.Equal("Tier 2", report.QualificationTier);
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 5)]
    [InlineData(10, 15)]
    [InlineData(11, 20)] // 25 points, capped by the firmographic maximum
    public void Score_TeamSizeBands_FollowTheStrategyWeights(int team, int expected)
    {
        var report = CreateSut().Score(new LeadFacts { TeamSize = team });

        Assert.Equal(expected, report.Components.Single(c => c.Name == "firmographic").Points);
    }

    [Theory]
    [InlineData(9, 0)]
    [InlineData(10, 5)]
    [InlineData(50, 10)]
    [InlineData(100, 20)]
    public void Score_VolumeBands_FollowTheStrategyWeights(int volume, int expected) =>
        Assert.Equal(expected, CreateSut().Score(new LeadFacts { MonthlyVolume = volume }).Components.Single(c => c.Name == "demographic").Points);

    [Fact]
    public void Score_ConfiguredWeights_AreUsed()
    {
        var options = new LeadScoringOptions();
        options.IntegrationNeeds["zapier"] = 12;

        var report = new LeadScorer(options).Score(new LeadFacts { IntegrationNeeds = ["zapier", "slack"] });

        Assert.Equal(12, report.Components.Single(c => c.Name == "fit").Points);
    }

    [Theory]
    [InlineData(5, null, null, "Tier 1")]
    [InlineData(4, 100, null, "Tier 1")]
    [InlineData(4, 99, "salesforce", "Tier 1")]
    [InlineData(4, 99, "zapier", "Tier 2")]
    [InlineData(null, null, null, "Tier 2")]
    public void Score_QualificationTier_FollowsTheLabelRule(int? team, int? volume, string? integration, string tier)
    {
        var facts = new LeadFacts { TeamSize = team, MonthlyVolume = volume, IntegrationNeeds = integration is null ? [] : [integration] };

        Assert.Equal(tier, CreateSut().Score(facts).QualificationTier);
    }

    [Theory]
    [InlineData(39, 20, "hot")]      // 40 > 39
    [InlineData(40, 40, "warm")]     // 40 is not above 40, and 40 >= 40
    [InlineData(80, 41, "nurture")]  // 40 < 41
    public void Score_Thresholds_HotIsAboveWarmIsFrom(int hotAbove, int warmFrom, string temperature)
    {
        var options = new LeadScoringOptions { HotAbove = hotAbove, WarmFrom = warmFrom };
        var facts = new LeadFacts { MonthlyVolume = 100, TeamSize = 11 }; // 20 + 20, no behavioral points

        var report = new LeadScorer(options).Score(facts);

        Assert.Equal(40, report.Score);
        Assert.Equal(temperature, report.Temperature);
    }

    [Fact]
    public void Score_ReturningUser_ExplainsWhatChanged()
    {
        var sut = CreateSut();
        var first = sut.Score(new LeadFacts { TeamSize = 3, DecisionTimeline = "evaluating" });
        var previous = new PreviousLeadScore("s-old", DateTimeOffset.UnixEpoch, first.Score, first.QualificationTier, first.Factors);

        var second = sut.Score(new LeadFacts { TeamSize = 12, DecisionTimeline = "this_week", MeetingBooked = true }, previous);

        Assert.NotNull(second.Change);
        Assert.Equal("s-old", second.Change.PreviousSessionId);
        Assert.Equal(second.Score - first.Score, second.Change.Delta);
        Assert.Contains(second.Change.Changes, c => c.StartsWith("Team size: 3 seats → 12 seats", StringComparison.Ordinal));
        Assert.Contains(second.Change.Changes, c => c.StartsWith("Meeting booked: new", StringComparison.Ordinal));
    }

    private static LeadScorer CreateSut() => new(new LeadScoringOptions());
}
