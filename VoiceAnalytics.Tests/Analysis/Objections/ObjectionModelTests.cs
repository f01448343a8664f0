using VoiceAnalytics.Core.Analysis;
using VoiceAnalytics.Core.Analysis.Objections;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Tests.Analysis.Objections;

public sealed class ObjectionModelTests
{
    [Fact]
    public void Collect_NegatedWord_GivesWordNegatedWordAndPair()
    {
        var keys = Keys("Honestly it is not secure enough for us.");

        Assert.Contains(ObjectionWords.KeyOf("secure"), keys);
        Assert.Contains(ObjectionWords.KeyOf("~secure"), keys);
        Assert.Contains(ObjectionWords.KeyOf("not secure"), keys);
        Assert.Contains(ObjectionWords.KeyOf("~enough"), keys);
    }

    [Fact]
    public void Collect_NumbersAndStopWords_NumbersAsOneWordStopWordsDropped()
    {
        var keys = Keys("The plan is 45 dollars a seat.");

        Assert.Contains(ObjectionWords.KeyOf("#"), keys);
        Assert.Contains(ObjectionWords.KeyOf("# dollars"), keys);
        Assert.Contains(ObjectionWords.KeyOf("plan"), keys);
        Assert.DoesNotContain(ObjectionWords.KeyOf("the"), keys);
        Assert.DoesNotContain(ObjectionWords.KeyOf("is"), keys);
        Assert.DoesNotContain(ObjectionWords.KeyOf("45"), keys);
    }

    [Theory]
    [InlineData("Security matters to us, not a problem though.")]
    [InlineData("I don't know, security matters to us.")]
    public void Collect_WordBeforeNegationOrAfterClauseBreak_IsNotNegated(string said)
    {
        var keys = Keys(said);

        Assert.Contains(ObjectionWords.KeyOf("security"), keys);
        Assert.DoesNotContain(ObjectionWords.KeyOf("~security"), keys);
    }

    [Fact]
    public void Collect_AgentTurns_AreNotRead()
    {
        var keys = Keys(new CallScript().Agent("Our pricing is flexible.").User("Sounds good."));

        Assert.DoesNotContain(ObjectionWords.KeyOf("pricing"), keys);
        Assert.Contains(ObjectionWords.KeyOf("sounds"), keys);
    }

    [Theory]
    [InlineData(true, 0.5, true)] // unsure: the rules stand
    [InlineData(false, 0.5, false)]
    [InlineData(false, 0.85, true)] // confident it is there: added
    [InlineData(true, 0.05, false)] // confident it is not: dropped
    public void Reports_ConfidentModelOverridesRules_UnsureModelKeepsThem(bool foundByRules, double probability, bool expected)
    {
        Assert.Equal(expected, ObjectionModel.Reports(foundByRules, probability, addAbove: 0.8, dropBelow: 0.1));
    }

    [Fact]
    public void Revise_ConfidentWord_AddsTheCategoryWithItsSentence()
    {
        var conversation = Conversation(new CallScript().Agent("How was the demo?").User("Nice. The whole thing feels exorbitant for a team our size."));

        var revised = PricingModel(wordWeight: 6).Revise(conversation, []);

        var added = Assert.Single(revised);
        Assert.Equal(ObjectionCategories.Pricing, added.Category);
        Assert.Equal("The whole thing feels exorbitant for a team our size.", added.Evidence.Quote);
        Assert.Equal("exorbitant", added.Trigger);
    }

    [Fact]
    public void Revise_UnsureModel_LeavesTheRulesAnswer()
    {
        var conversation = Conversation(new CallScript().Agent("How was the demo?").User("Nice. The whole thing feels exorbitant for a team our size."));
        var rules = new[] { Timing(conversation) };

        var revised = PricingModel(wordWeight: 1).Revise(conversation, rules);

        Assert.Same(rules, revised);
    }

    [Fact]
    public void Revise_ConfidentAbsence_DropsTheRulesCategory()
    {
        var conversation = Conversation(new CallScript().Agent("How was the demo?").User("Fine, but the rollout has to wait for spring."));
        var rules = new[] { Timing(conversation) };
        var weights = Rows(1);
        var model = new ObjectionModel(["exorbitant"], weights, [-2, -2, -8, -2, -2, -2, -2], addAbove: 0.8, dropBelow: 0.01);

        Assert.Empty(model.Revise(conversation, rules));
    }

    [Fact]
    public void Trained_ShippedWeights_LoadWithOneColumnPerRuleFeatureAndWord()
    {
        var model = ObjectionModel.Trained;

        Assert.Equal(ObjectionModelWeights.Weights.Length, ObjectionModel.Categories.Length);
        Assert.All(ObjectionModelWeights.Weights, row => Assert.Equal(ObjectionModel.RuleFeatures + model.Vocabulary.Count, row.Length));
        Assert.Equal(model.Vocabulary.Count, model.Vocabulary.Select(ObjectionWords.KeyOf).Distinct().Count());
        Assert.InRange(model.AddAbove, 0.5, 2);
        Assert.True(model.DropBelow < model.AddAbove);
    }

    [Fact]
    public void Trained_PlainPriceComplaint_IsPricing()
    {
        var conversation = Conversation(new CallScript().Agent("Any questions?").User("Honestly the price is more than we can pay, it's too expensive for us."));

        var p = ObjectionModel.Trained.Probabilities(ObjectionModel.RuleFeaturesOf([]), CollectKeys(conversation));

        Assert.True(p[Array.IndexOf(ObjectionModel.Categories, ObjectionCategories.Pricing)] > p[Array.IndexOf(ObjectionModel.Categories, ObjectionCategories.Trust)]);
    }

    // A model that knows one word, "exorbitant", weighing for pricing only; every bias low.
    private static ObjectionModel PricingModel(double wordWeight)
    {
        var weights = Rows(1);
        weights[0][ObjectionModel.RuleFeatures] = wordWeight;
        return new ObjectionModel(["exorbitant"], weights, [-2, -2, -2, -2, -2, -2, -2], addAbove: 0.8, dropBelow: 0.01);
    }

    private static double[][] Rows(int words) => [.. ObjectionModel.Categories.Select(_ => new double[ObjectionModel.RuleFeatures + words])];

    private static Objection Timing(Conversation conversation)
    {
        var turn = conversation.UserTurns[0];
        return new Objection(ObjectionCategories.Timing, ObjectionJudge.Concern, ObjectionJudge.Outstanding, 1, "wait", 0.8, Evidence.Sentence(turn, 0), null);
    }

    private static HashSet<int> Keys(string said) => Keys(new CallScript().Agent("Any concerns?").User(said));

    private static HashSet<int> Keys(CallScript call) => [.. CollectKeys(Conversation(call)).Select(k => k.Key)];

    private static List<WordKey> CollectKeys(Conversation conversation)
    {
        var keys = new List<WordKey>();
        ObjectionWords.Collect(conversation, keys);
        return keys;
    }

    private static Conversation Conversation(CallScript call) => AnalysisInput.ForSession(call.Build()).Conversation;
}
