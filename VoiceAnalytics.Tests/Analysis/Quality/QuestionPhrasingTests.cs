using VoiceAnalytics.Core.Analysis.Quality.Questions;

namespace VoiceAnalytics.Tests.Analysis.Quality;

// Questions asked without the usual cues: no verb, no question mark, wrapped in a statement, or closed by a tag; and
// statements that only look like questions (greetings, acceptances, "were" for "we're").
public sealed class QuestionPhrasingTests
{
    [Theory]
    [InlineData("what if a client doesn't have an email address")]
    [InlineData("how much for ten users")]
    [InlineData("okay so how many per plan.")]
    [InlineData("ok no problem. my friend said use jotform, which one is better for us")]
    [InlineData("we send forty a week, how much would it cost.")]
    [InlineData("it works offline, doesn't it")]
    [InlineData("I'd love to know how the audit trail works")]
    [InlineData("mind if I ask what the storage limit is")]
    [InlineData("what happens when someone declines")]
    [InlineData("who handles the support if something breaks")]
    [InlineData("what i need to know is can the subs sign on their phone")]
    [InlineData("I guess my question would be whether it handles witnesses")]
    [InlineData("if we add a fifth person would the price go up")]
    [InlineData("how many users can we have on the starter plan")]
    [InlineData("were you able to find the invoice")]
    [InlineData("how are you guys different from docusign")]
    [InlineData("ok how much it cost for three person")]
    [InlineData("How I pay for it, with the credit card.")]
    [InlineData("Essentials then. How much it is.")]
    [InlineData("So for this I need to speak with sales, right.")]
    [InlineData("Forty times. You're kidding me, right.")]
    public void Count_QuestionWithoutTheUsualCues_IsOne(string text) => Assert.Equal(1, QuestionDetector.Count(text));

    [Theory]
    [InlineData("hey, how's it going")]
    [InlineData("good thanks, how are you.")]
    [InlineData("yes, why not.")]
    [InlineData("were a small team of four people")]
    [InlineData("have someone call me tomorrow")]
    [InlineData("which is why we're looking")]
    [InlineData("appfolio does its own thing")]
    [InlineData("how we do it now, we print and scan.")]
    [InlineData("how you say, clunky.")]
    [InlineData("Shocking, right.")]
    [InlineData("How.")] // a sentence ending on "how": nothing after it to read
    [InlineData("ok. how")]
    public void Count_StatementShapedLikeAQuestion_IsZero(string text) => Assert.Equal(0, QuestionDetector.Count(text));

    // An amount asked where the answer would go ("X is how much") is a question; one the clause goes on from is not.
    [Theory]
    [InlineData("Essentials is how much per month.", 1)]
    [InlineData("And the price, for ten users, how much it is.", 1)]
    [InlineData("Price. For small office, how much.", 1)]
    [InlineData("it depends on how much we send.", 0)]
    [InlineData("I know how much it costs us every month.", 0)]
    public void Count_AmountAskedAtTheClauseEnd_IsAQuestion(string text, int expected) =>
        Assert.Equal(expected, QuestionDetector.Count(text));

    [Fact]
    public void Count_WhQuestionJoinedToAnother_CountsEachOnce() =>
        Assert.Equal(2, QuestionDetector.Count("what's the difference between the plans and which one do you recommend"));
}
