using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Tests.Analysis.Objections;

public sealed class ObjectionModelTests
{
    [Fact]
    public void Collect_NegatedContentWord_GivesWordNegatedWordAndPair()
    {
        var keys = Keys("The tool is not secure enough for our lawyers.");

        Assert.Contains(ObjectionWords.KeyOf("secure"), keys);
        Assert.Contains(ObjectionWords.KeyOf("~secure"), keys);
        Assert.Contains(ObjectionWords.KeyOf("~enough"), keys);
        Assert.Contains(ObjectionWords.KeyOf("secure enough"), keys);
        Assert.Contains(ObjectionWords.KeyOf("tool secure"), keys); // function words between content words do not part a pair
        Assert.DoesNotContain(ObjectionWords.KeyOf("~tool"), keys); // said before the negation
    }

    [Fact]
    public void Collect_NegationReach_EndsAfterThreeWords()
    {
        var keys = Keys("We don't have the budget approved by finance.");

        Assert.Contains(ObjectionWords.KeyOf("~budget"), keys); // have, the, budget: the third word
        Assert.Contains(ObjectionWords.KeyOf("approved"), keys);
        Assert.DoesNotContain(ObjectionWords.KeyOf("~approved"), keys);
    }

    [Theory]
    [InlineData("Security matters to us, not a problem though.")]
    [InlineData("I don't know, security matters to us.")]
    [InlineData("I can't say. Security matters to us.")]
    public void Collect_WordBeforeNegationOrAfterClauseBreak_IsNotNegated(string said)
    {
        var keys = Keys(said);

        Assert.Contains(ObjectionWords.KeyOf("security"), keys);
        Assert.DoesNotContain(ObjectionWords.KeyOf("~security"), keys);
    }

    [Fact]
    public void Collect_ClauseBreak_PartsPairs()
    {
        var keys = Keys("Contracts first, pricing later.");

        Assert.Contains(ObjectionWords.KeyOf("contracts first"), keys);
        Assert.DoesNotContain(ObjectionWords.KeyOf("first pricing"), keys);
    }

    [Fact]
    public void Collect_FillersGreetingsAndNumbers_GiveNoKeys()
    {
        var keys = Keys("Um, hmm, yeah okay, like, honestly it's kind of 45 dollars, thanks.");

        foreach (var word in new[] { "um", "hmm", "yeah", "okay", "like", "honestly", "kind", "45", "thanks", "it's", "of" })
        {
            Assert.DoesNotContain(ObjectionWords.KeyOf(word), keys);
        }

        Assert.Contains(ObjectionWords.KeyOf("dollars"), keys);
        Assert.Equal([ObjectionWords.KeyOf("dollars")], keys);
    }

    [Fact]
    public void Collect_Fillers_NeitherUseUpNegationNorPartPairs()
    {
        var keys = Keys("It's not um uh hmm really secure.");

        Assert.Contains(ObjectionWords.KeyOf("~secure"), keys); // four fillers, yet the negation still reaches
        var pairKeys = Keys("Too um expensive.");
        Assert.Contains(ObjectionWords.KeyOf("too expensive"), pairKeys);
    }

    [Fact]
    public void IsContent_FunctionWordsFillersAndNumbers_AreNot()
    {
        Assert.True(ObjectionWords.IsContent("budget"));
        Assert.False(ObjectionWords.IsContent("hmm"));
        Assert.False(ObjectionWords.IsContent("like"));
        Assert.False(ObjectionWords.IsContent("the"));
        Assert.False(ObjectionWords.IsContent("twenty"));
        Assert.False(ObjectionWords.IsContent("12"));
        Assert.False(ObjectionWords.IsContent("not"));
    }

    [Fact]
    public void Collect_AgentTurns_AreNotRead()
    {
        var keys = Keys(new CallScript().Agent("Our pricing is flexible.").User("Sounds fine."));

        Assert.DoesNotContain(ObjectionWords.KeyOf("pricing"), keys);
        Assert.Contains(ObjectionWords.KeyOf("sounds"), keys);
    }

    [Theory]
    [InlineData(true, 0.05, true)] // the rules' categories always stand
    [InlineData(true, 0.95, true)]
    [InlineData(false, 0.5, false)] // unsure: the rules stand
    [InlineData(false, 0.84, false)]
    [InlineData(false, 0.85, true)] // confident the rules missed it: added
    public void Reports_RulesStand_ConfidentModelAdds(bool foundByRules, double probability, bool expected)
    {
        Assert.Equal(expected, ObjectionModel.Reports(foundByRules, probability, addAbove: 0.85));
    }

    [Fact]
    public void Revise_ConfidentWord_AddsTheCategoryWithItsSentence()
    {
        var conversation = Conversation(new CallScript().Agent("How was the demo?").User("Fine. The whole thing feels exorbitant for a team our size."));

        var revised = PricingModel(wordWeight: 6).Revise(conversation, []);

        var added = Assert.Single(revised);
        Assert.Equal(ObjectionCategories.Pricing, added.Category);
        Assert.Equal("The whole thing feels exorbitant for a team our size.", added.Evidence.Quote);
        Assert.Equal("exorbitant", added.Trigger);
        Assert.Equal(1, added.Priority);
    }

    [Fact]
    public void Revise_CategoryTheRulesFound_IsKeptAndNotAddedTwice()
    {
        var conversation = Conversation(new CallScript().Agent("How was the demo?").User("Fine. The whole thing feels exorbitant for a team our size."));
        var rules = new[] { Found(conversation, ObjectionCategories.Pricing) };

        var revised = PricingModel(wordWeight: 6).Revise(conversation, rules);

        Assert.Same(rules, revised);
    }

    [Fact]
    public void Revise_ConfidentWord_AddsAfterTheRulesObjections()
    {
        var conversation = Conversation(new CallScript().Agent("How was the demo?").User("Fine. The whole thing feels exorbitant for a team our size."));
        var rules = new[] { Found(conversation, ObjectionCategories.Timing) };

        var revised = PricingModel(wordWeight: 6).Revise(conversation, rules);

        Assert.Equal([ObjectionCategories.Timing, ObjectionCategories.Pricing], revised.Select(o => o.Category));
        Assert.Equal([1, 2], revised.Select(o => o.Priority));
    }

    [Fact]
    public void Revise_UnsureModelOrWordNotSaid_LeavesTheRulesAnswer()
    {
        var unsure = Conversation(new CallScript().Agent("How was the demo?").User("Fine. The whole thing feels exorbitant for a team our size."));
        var unsaid = Conversation(new CallScript().Agent("How was the demo?").User("Fine, the rollout waits for spring."));
        var rules = new[] { Found(unsure, ObjectionCategories.Timing) };

        Assert.Same(rules, PricingModel(wordWeight: 1).Revise(unsure, rules));
        Assert.Empty(PricingModel(wordWeight: 6).Revise(unsaid, []));
    }

    [Fact]
    public void Probabilities_RepeatedWord_CountsOnce()
    {
        var once = Conversation(new CallScript().Agent("Thoughts?").User("Exorbitant."));
        var thrice = Conversation(new CallScript().Agent("Thoughts?").User("Exorbitant. Exorbitant, exorbitant."));
        var model = PricingModel(wordWeight: 1);

        Assert.Equal(model.Probabilities(once)[0], model.Probabilities(thrice)[0], 12);
    }

    [Fact]
    public void Trained_ShippedWeights_OneKeyListPerCategoryOfContentKeysWithinTheSizeBudget()
    {
        Assert.Equal(ObjectionModel.Categories.Length, ObjectionModelWeights.Keys.Length);
        Assert.Equal(ObjectionModel.Categories.Length, ObjectionModelWeights.Weights.Length);
        Assert.Equal(ObjectionModel.Categories.Length, ObjectionModelWeights.Bias.Length);
        Assert.All(ObjectionModelWeights.Keys.Zip(ObjectionModelWeights.Weights), row => Assert.Equal(row.First.Length, row.Second.Length));
        Assert.All(ObjectionModelWeights.Keys, row => Assert.InRange(row.Length, 1, 200));
        Assert.All(ObjectionModelWeights.Keys, row => Assert.Equal(row.Length, row.Distinct().Count()));
        Assert.All(ObjectionModelWeights.Keys.SelectMany(row => row), key => Assert.All(key.TrimStart('~').Split(' '), word => Assert.True(ObjectionWords.IsContent(word), key)));
        Assert.InRange(ObjectionModel.Trained.AddAbove, 0.5, 2);
        Assert.InRange(ObjectionModel.Trained.KeyCount, 1, 1400);
    }

    [Fact]
    public void Trained_PlainPriceComplaint_IsMorePricingThanTrust()
    {
        var conversation = Conversation(new CallScript().Agent("Any questions?").User("The price is more than we can pay, it's too expensive for us."));

        var p = ObjectionModel.Trained.Probabilities(conversation);

        Assert.True(p[Array.IndexOf(ObjectionModel.Categories, ObjectionCategories.Pricing)] > p[Array.IndexOf(ObjectionModel.Categories, ObjectionCategories.Trust)]);
    }

    // A model that knows one word, "exorbitant", weighing for pricing only; every bias low.
    private static ObjectionModel PricingModel(double wordWeight) =>
        new([["exorbitant"], [], [], [], [], [], []], [[wordWeight], [], [], [], [], [], []], [-2, -2, -2, -2, -2, -2, -2], addAbove: 0.85);

    private static Objection Found(Conversation conversation, string category)
    {
        var turn = conversation.UserTurns[0];
        return new Objection(category, ObjectionJudge.Concern, ObjectionJudge.Outstanding, 1, "cue", 0.8, Evidence.Sentence(turn, 0), null);
    }

    private static List<int> Keys(string said) => Keys(new CallScript().Agent("Any concerns?").User(said));

    private static List<int> Keys(CallScript call) => ObjectionWords.Collect(Conversation(call));

    private static Conversation Conversation(CallScript call) => AnalysisInput.ForSession(call.Build()).Conversation;
}
