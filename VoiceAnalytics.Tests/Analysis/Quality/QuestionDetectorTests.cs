using VoiceAnalytics.Core.Analysis.Quality.Questions;

namespace VoiceAnalytics.Tests.Analysis.Quality;

public sealed class QuestionDetectorTests
{
    [Theory]
    [InlineData("does the api support webhooks")]
    [InlineData("so, how do we add a second signer.")]
    [InlineData("I was wondering if there's a discount for charities.")]
    [InlineData("can you tell me where the audit log lives")]
    [InlineData("why would we pay twice for the same thing?")]
    [InlineData("so that's per user?")]
    [InlineData("can signers use a phone.")]
    [InlineData("what about renewals?")]
    [InlineData("okay and does it connect to zapier")]
    [InlineData("Uh, who is this again?")]
    [InlineData("what's the cheapest plan")]
    [InlineData("I'm the admin here, can I move seats around.")]
    public void Count_OneQuestionByItsForm_IsOne(string text) => Assert.Equal(1, QuestionDetector.Count(text));

    [Theory]
    [InlineData("we send about forty a week and it works fine.")]
    [InlineData("our leases, which are mostly renewals, go out monthly.")]
    [InlineData("we looked at one before but didn't like it.")]
    [InlineData("do that for me tomorrow.")]
    [InlineData("could be better, will do.")]
    [InlineData("Honestly? It's been slow.")]
    [InlineData("what about the rest, we'll handle it later.")]
    [InlineData("when we switch, we'll move everything.")]
    [InlineData("what I need is a quote by Friday.")]
    [InlineData("have a great weekend.")]
    [InlineData("right now is our busy season.")]
    public void Count_Statement_IsZero(string text) => Assert.Equal(0, QuestionDetector.Count(text));

    [Fact]
    public void Count_TwoQuestionsJoinedByAnd_IsTwo() =>
        Assert.Equal(2, QuestionDetector.Count("is it secure, and can we host files in Europe?"));

    [Fact]
    public void Find_QuestionAfterAStatement_StartsAtTheQuestion()
    {
        const string text = "we use Box for storage. does it sync there?";

        var start = Assert.Single(QuestionDetector.Find(text));

        Assert.Equal(text.IndexOf("does", StringComparison.Ordinal), start);
    }

    [Fact]
    public void Count_WrappedQuestionAfterAStatement_IsOne() =>
        Assert.Equal(1, QuestionDetector.Count("what I need to know is, can the API send in bulk?"));

    // Transcripts without any punctuation: the questions sit mid-run, marked only by their form.
    [Theory]
    [InlineData("we keep everything in one drive okay does it save there automatically", 1)]
    [InlineData("the team is nine people including me can we add more later", 1)]
    [InlineData("we tried the other one and it was clunky how much does yours cost per seat", 1)]
    [InlineData("it has to be in french why would we pay for english only", 1)]
    [InlineData("um the pilot went fine so is there a discount for nonprofits and can i pay yearly", 2)]
    [InlineData("my boss wants a demo what's the earliest slot you have", 1)]
    public void Count_UnpunctuatedRunWithQuestions_FindsEach(string text, int expected) =>
        Assert.Equal(expected, QuestionDetector.Count(text));

    [Theory]
    [InlineData("the thing is it takes forever to get signatures back")]
    [InlineData("i honestly dont know what we can afford this year")]
    [InlineData("if it is secure enough our it guy will sign off")]
    [InlineData("that's how we do it now with paper and it works")]
    [InlineData("i need to figure out how much do we send a month")]
    [InlineData("we looked at it last year so it was on the list")]
    public void Count_UnpunctuatedStatement_IsZero(string text) => Assert.Equal(0, QuestionDetector.Count(text));

    // A run that ends on an auxiliary and its subject asks back about what it just said.
    [Theory]
    [InlineData("if it isn't hipaa compliant we can't use it is it", 1)]
    [InlineData("we looked at the other one too it's cheaper isn't it", 1)]
    [InlineData("they ask if you're on the approved vendor list are you", 1)]
    [InlineData("the audit trail is good the baa which plan is it", 1)]
    public void Count_UnpunctuatedRunClosedByInversion_IsOne(string text, int expected) =>
        Assert.Equal(expected, QuestionDetector.Count(text));

    [Theory]
    [InlineData("we tried for months and we finally did it")]
    [InlineData("our team can't wait to switch and neither can they")]
    [InlineData("we thought about a lot of tools and this is it")]
    [InlineData("it was really great to have you")]
    [InlineData("the contract is long but that's just how it is")]
    public void Count_UnpunctuatedStatementEndingOnAuxiliaryAndPronoun_IsZero(string text) =>
        Assert.Equal(0, QuestionDetector.Count(text));

    // Mid-run, "what/how/why" with "do" or a modal asks whatever noun follows; a demonstrative is a subject too.
    [Theory]
    [InlineData("proposify is cheaper though i'll be honest what would six seats run us")]
    [InlineData("we're a home care agency not a hospital what does enterprise cost")]
    [InlineData("if the answer is zapier how much is this going to cost")]
    [InlineData("we hit the limits in like two minutes can that be raised")]
    public void Count_UnpunctuatedWhOrModalQuestionWithNounOrDemonstrative_IsOne(string text) =>
        Assert.Equal(1, QuestionDetector.Count(text));

    [Theory]
    [InlineData("we use docusign which would be fine for now")]
    [InlineData("the partners decide what would work for the firm")]
    [InlineData("the reps that will do the sending are in the field")]
    public void Count_UnpunctuatedRelativeOrReportedClause_IsZero(string text) => Assert.Equal(0, QuestionDetector.Count(text));

    // A question that offers alternatives or restates itself after a comma is still one question.
    [Theory]
    [InlineData("can we keep our old templates or do we start over?")]
    [InlineData("what does the archive cost, is it extra?")]
    [InlineData("does it work with the free edition or is it only the paid one")]
    public void Count_AlternativeOrRestatedQuestion_IsOne(string text) => Assert.Equal(1, QuestionDetector.Count(text));

    [Fact]
    public void Count_SecondQuestionJoinedByAlso_IsTwo() =>
        Assert.Equal(2, QuestionDetector.Count("does it export to csv, and also can we print from it?"));

    // A hedged estimate said with a rising tone answers, it does not ask.
    [Theory]
    [InlineData("Maybe 40 a week?")]
    [InlineData("So, I don't know, 30ish?")]
    public void Count_HedgedEstimateWithQuestionMark_IsZero(string text) => Assert.Equal(0, QuestionDetector.Count(text));

    [Theory]
    [InlineData("Maybe 40 for you?")]
    [InlineData("Twenty seats?")]
    public void Count_ShortQuestionWithAFigure_IsOne(string text) => Assert.Equal(1, QuestionDetector.Count(text));

    // Periods alone (a transcriber that only closes turns) do not mark questions, so the run is read by form.
    [Fact]
    public void Count_RunWithOnlyPeriods_FindsQuestionMidRun() =>
        Assert.Equal(1, QuestionDetector.Count("fine. the monthly price seems steep next to what we pay today why is it higher"));

    [Fact]
    public void Count_PunctuatedStatementWithWhWord_IsZero() =>
        Assert.Equal(0, QuestionDetector.Count("fine, the monthly price is what we pay today why it matters is budget."));
}
