using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Tests.Analysis.Quality;

namespace VoiceAnalytics.Tests.Analysis.Sentiment;

public sealed class SentimentWordsTests
{
    [Fact]
    public void Collect_NegatedPraise_GivesTheNegatedWordNotThePlainOne()
    {
        var keys = Keys(new TranscriptBuilder()
            .Agent("How did the import go?")
            .User("honestly it was not great for our team"));

        Assert.Contains(SentimentWords.KeyOf("~great"), keys);
        Assert.DoesNotContain(SentimentWords.KeyOf("great"), keys);
    }

    [Fact]
    public void Collect_PlainPraise_GivesThePlainWordAndItsPair()
    {
        var keys = Keys(new TranscriptBuilder()
            .Agent("How did the import go?")
            .User("the import was really smooth"));

        Assert.Contains(SentimentWords.KeyOf("smooth"), keys);
        Assert.Contains(SentimentWords.KeyOf("really smooth"), keys);
        Assert.DoesNotContain(SentimentWords.KeyOf("~smooth"), keys);
    }

    [Fact]
    public void Collect_NegationReachesThreeWordsWithinItsClauseOnly()
    {
        var keys = Keys(new TranscriptBuilder()
            .Agent("Any thoughts?")
            .User("we don't see much value in reports, pricing seems fair"));

        Assert.Contains(SentimentWords.KeyOf("~value"), keys);
        Assert.Contains(SentimentWords.KeyOf("fair"), keys);
        Assert.DoesNotContain(SentimentWords.KeyOf("~fair"), keys);
    }

    [Theory]
    [InlineData("the rollout was hardly painful for us", "painful")]
    [InlineData("honestly nothing felt confusing about it", "felt")]
    [InlineData("the export needn't be slow at all", "slow")]
    public void Collect_NegatorsAsTheScorerReadsThem_NegateTheWordsAfter(string said, string word)
    {
        var keys = Keys(new TranscriptBuilder()
            .Agent("How was the first week?")
            .User(said));

        Assert.Contains(SentimentWords.KeyOf("~" + word), keys);
        Assert.DoesNotContain(SentimentWords.KeyOf(word), keys);
    }

    [Fact]
    public void Collect_SharedNegator_ReachEndsAtTheClauseBreak()
    {
        var keys = Keys(new TranscriptBuilder()
            .Agent("How was the first week?")
            .User("we hardly noticed, support was helpful"));

        Assert.Contains(SentimentWords.KeyOf("~noticed"), keys);
        Assert.Contains(SentimentWords.KeyOf("helpful"), keys);
        Assert.DoesNotContain(SentimentWords.KeyOf("~helpful"), keys);
        Assert.DoesNotContain(SentimentWords.KeyOf("hardly"), keys);
    }

    [Fact]
    public void Collect_SharedNegator_ReachesThreeWordsOnly()
    {
        var keys = Keys(new TranscriptBuilder()
            .Agent("How was the first week?")
            .User("the rollout was barely a day and painless"));

        Assert.Contains(SentimentWords.KeyOf("painless"), keys);
        Assert.DoesNotContain(SentimentWords.KeyOf("~painless"), keys);
    }

    [Fact]
    public void Collect_LastQuarterWordsAndExclamations_AreKeyedApart()
    {
        var keys = Keys(new TranscriptBuilder()
            .Agent("Hello!")
            .User("hi, we send leases")
            .Agent("Got it.")
            .User("about forty a month")
            .Agent("Anything else?")
            .User("this is amazing!"));

        Assert.Contains(SentimentWords.KeyOf("end:amazing"), keys);
        Assert.Contains(SentimentWords.KeyOf("amazing"), keys);
        Assert.Contains(SentimentWords.KeyOf(SentimentWords.Exclamation), keys);
        Assert.DoesNotContain(SentimentWords.KeyOf("end:leases"), keys);
    }

    [Fact]
    public void Collect_StopWordsAloneAndStopPairs_AreDropped()
    {
        var keys = Keys(new TranscriptBuilder()
            .Agent("Anything else?")
            .User("it is in the"));

        Assert.Empty(keys);
    }

    [Fact]
    public void Collect_NamesEveryKeyAsKeyOfReadsIt()
    {
        var turns = Read(new TranscriptBuilder()
            .Agent("So?")
            .User("we can't justify it, sadly. Thanks anyway!"));
        var keys = new List<int>();
        var names = new Dictionary<int, string>();

        SentimentWords.Collect(turns, keys, names);

        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Equal(k, SentimentWords.KeyOf(names[k])));
        Assert.Contains("~justify", names.Values);
    }

    [Fact]
    public void Model_VocabularyWord_MovesTheScoreAndUnknownWordsDoNot()
    {
        var weights = new double[3][];
        for (var c = 0; c < 3; c++)
        {
            weights[c] = new double[SentimentFeatures.Count + 1];
        }

        weights[0][SentimentFeatures.Count] = 5;
        var model = new SentimentModel(["positive", "neutral", "negative"], weights, [0, 1, 0], ["delighted"]);
        var features = new double[SentimentFeatures.Count];

        Assert.Equal("positive", model.Predict(features, [SentimentWords.KeyOf("delighted"), SentimentWords.KeyOf("delighted")]));
        Assert.Equal("neutral", model.Predict(features, [SentimentWords.KeyOf("~delighted"), SentimentWords.KeyOf("invoice")]));
    }

    [Fact]
    public void Model_WeightsOfTheWrongWidth_AreRefused()
    {
        var weights = new[] { new double[SentimentFeatures.Count], new double[SentimentFeatures.Count], new double[SentimentFeatures.Count] };

        Assert.Throws<ArgumentException>(() => new SentimentModel(["positive", "neutral", "negative"], weights, [0, 0, 0], ["delighted"]));
    }

    [Fact]
    public void ShippedWeights_HaveOneColumnPerFeatureAndVocabularyKey()
    {
        var model = SentimentModel.Overall;

        Assert.Equal(3, model.Labels.Count);
        Assert.Equal(model.Vocabulary.Count, model.Vocabulary.Distinct().Count());
        Assert.InRange(model.Vocabulary.Count, 1, 2000);
    }

    [Fact]
    public void WordValue_GivesTheWordColumnsUnitLength()
    {
        Assert.Equal(0, SentimentModel.WordValue(0));
        Assert.Equal(1, SentimentModel.WordValue(1));
        Assert.Equal(0.5, SentimentModel.WordValue(4), 12);
    }

    private static List<int> Keys(TranscriptBuilder builder)
    {
        var keys = new List<int>();
        SentimentWords.Collect(Read(builder), keys);
        return keys;
    }

    private static IReadOnlyList<ScoredTurn> Read(TranscriptBuilder builder) =>
        SentimentTimeline.Read(AnalysisInput.ForSession(builder.Build()).Conversation);
}
