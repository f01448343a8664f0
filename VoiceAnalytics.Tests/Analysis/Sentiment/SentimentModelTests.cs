using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Tests.Analysis.Quality;

namespace VoiceAnalytics.Tests.Analysis.Sentiment;

public sealed class SentimentModelTests
{
    [Fact]
    public void Predict_NoTurns_IsNeutral()
    {
        var features = SentimentFeatures.Of([]);

        Assert.Equal("neutral", SentimentModel.Overall.Predict(features));
    }

    [Fact]
    public void Features_MixedCall_ReadMeanExtremesSharesAndClosing()
    {
        var turns = Read(new TranscriptBuilder()
            .Agent("Hi Priya, how are things?")
            .User("we run the clinic schedule out of spreadsheets")
            .Agent("What do you think of the templates?")
            .User("they're brilliant, honestly a huge relief")
            .Agent("And the reminders?")
            .User("those are confusing and slow, kind of a mess"));

        var features = SentimentFeatures.Of(turns);

        Assert.Equal(SentimentFeatures.Count, features.Length);
        Assert.Equal(turns.Average(t => t.Score), features[0], 6);
        Assert.Equal(turns.Max(t => t.Score), features[4], 6);
        Assert.Equal(turns.Min(t => t.Score), features[5], 6);
        Assert.Equal(1 / 3.0, features[6], 6);
        Assert.Equal(1 / 3.0, features[7], 6);
        Assert.Equal((turns[1].Score + turns[2].Score) / 2, features[8], 6);
    }

    [Fact]
    public void Predict_WarmThroughout_IsPositive()
    {
        var turns = Read(new TranscriptBuilder()
            .Agent("Hey Tomas, how's the trial?")
            .User("honestly it's been wonderful, my partners adore it")
            .Agent("Glad to hear. What do you send?")
            .User("listing agreements mostly, maybe thirty a month")
            .Agent("Anything else I can help with?")
            .User("nope, this was super helpful, thanks so much!"));

        Assert.Equal("positive", SentimentModel.Overall.Predict(SentimentFeatures.Of(turns)));
    }

    [Fact]
    public void Predict_PoliteButFactual_IsNeutral()
    {
        var turns = Read(new TranscriptBuilder()
            .Agent("Hello Dana, what brings you in?")
            .User("we need to send lease renewals, about twenty a month")
            .Agent("Do you use anything today?")
            .User("just email and pdfs")
            .Agent("Would you like a summary by email?")
            .User("sure, okay, thanks"));

        Assert.Equal("neutral", SentimentModel.Overall.Predict(SentimentFeatures.Of(turns)));
    }

    [Fact]
    public void Predict_ComplainsToTheEnd_IsNegative()
    {
        var turns = Read(new TranscriptBuilder()
            .Agent("Hi Raj, how is it going?")
            .User("not great, the editor keeps crashing on me")
            .Agent("Sorry about that. Have you tried the desktop app?")
            .User("yes and it's just as broken, this is frustrating")
            .Agent("I can file a ticket.")
            .User("whatever, I'm pretty disappointed, this wasted my week"));

        Assert.Equal("negative", SentimentModel.Overall.Predict(SentimentFeatures.Of(turns)));
    }

    [Fact]
    public void Features_AdoptionActInPlainSpeech_IsReadAsCommitment()
    {
        var turns = Read(new TranscriptBuilder()
            .Agent("What do you send today?")
            .User("mostly service agreements we write them in word")
            .Agent("Business covers that for your whole crew.")
            .User("ok so how do we switch over to business for the six of us")
            .Agent("I'll send the link.")
            .User("yep"));

        var features = SentimentFeatures.Of(turns);

        Assert.Equal(1, features[12]);
        Assert.Equal(0, features[13]);
        Assert.Equal(Math.Log(2), features[14], 6);
    }

    [Fact]
    public void Features_GivingUp_IsReadApartFromCommitment()
    {
        var turns = Read(new TranscriptBuilder()
            .Agent("Would the Enterprise plan help?")
            .User("honestly we'll just stick with what we have for now, it does the job")
            .Agent("Understood. Anything else?")
            .User("no that's all, take care"));

        var features = SentimentFeatures.Of(turns);

        Assert.Equal(0, features[12]);
        Assert.Equal(1, features[13]);
    }

    [Fact]
    public void Predict_AskingHowToBuy_LeansFurtherPositiveThanTheSameCallWithout()
    {
        static double PositiveLead(string lastTurn)
        {
            var turns = Read(new TranscriptBuilder()
                .Agent("Hi Maren, how is the trial going?")
                .User("fine so far")
                .Agent("What do you send?")
                .User("rental agreements and move out checklists maybe forty a month")
                .Agent("Anything else I can help with?")
                .User(lastTurn));
            var scores = SentimentModel.Scores(SentimentFeatures.Of(turns), SentimentModelWeights.Weights, SentimentModelWeights.Bias);
            return scores[0] - scores[1];
        }

        Assert.True(PositiveLead("yeah how do we get started with business for the three of us") > PositiveLead("yeah what does business include for the three of us"));
    }

    [Fact]
    public void Predict_AgreesWithTheTrainersScoresOverTheDistinctWordsInOrder()
    {
        var model = SentimentModel.Overall;
        var columnOf = model.Vocabulary.Select((word, i) => (Key: SentimentWords.KeyOf(word), Column: SentimentFeatures.Count + i))
            .DistinctBy(p => p.Key).ToDictionary(p => p.Key, p => p.Column);
        var random = new Random(8);
        for (var call = 0; call < 200; call++)
        {
            var features = Enumerable.Range(0, SentimentFeatures.Count).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
            var keys = Enumerable.Range(0, random.Next(0, 120))
                .Select(_ => random.Next(4) == 0 ? SentimentWords.KeyOf("unheard" + random.Next(50)) : SentimentWords.KeyOf(model.Vocabulary[random.Next(model.Vocabulary.Count)]))
                .ToList();
            var columns = keys.Where(columnOf.ContainsKey).Select(k => columnOf[k]).Distinct().ToList();
            var scores = SentimentModel.Scores(features, SentimentModelWeights.Weights, SentimentModelWeights.Bias);
            SentimentModel.AddWords(scores, columns, SentimentModelWeights.Weights);

            Assert.Equal(model.Labels[SentimentModel.ArgMax(scores)], model.Predict(features, keys));
        }
    }

    [Fact]
    public void Predict_AfterWarmUp_AllocatesNothing()
    {
        var model = SentimentModel.Overall;
        var features = Enumerable.Range(0, SentimentFeatures.Count).Select(f => f / 10.0).ToArray();
        var keys = model.Vocabulary.Take(300).Concat(model.Vocabulary.Take(50)).Select(SentimentWords.KeyOf).Append(SentimentWords.KeyOf("unheard")).ToList();
        var label = model.Predict(features, keys);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            label = model.Predict(features, keys);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Contains(label, model.Labels);
    }

    private static IReadOnlyList<ScoredTurn> Read(TranscriptBuilder builder) =>
        SentimentTimeline.Read(AnalysisInput.ForSession(builder.Build()).Conversation);
}
