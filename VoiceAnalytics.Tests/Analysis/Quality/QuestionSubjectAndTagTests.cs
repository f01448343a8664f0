using VoiceAnalytics.Core.Analysis.Quality.Questions;

namespace VoiceAnalytics.Tests.Analysis.Quality;

/// <summary>Questions told from statements by their subject, a relative "which", an unpunctuated tag or a fused wh-word.</summary>
public sealed class QuestionSubjectAndTagTests
{
    // "which" right before a copula after a statement refers back; it asks only with a noun first or a '?'.
    [Theory]
    [InlineData("we print the waivers and scan them, which is slow.")]
    [InlineData("then the renewals go out by post, which are a pain every spring.")]
    [InlineData("we email a pdf which is honestly the worst part")]
    public void Count_RelativeWhichAfterStatement_IsZero(string text) => Assert.Equal(0, QuestionDetector.Count(text));

    [Theory]
    [InlineData("we have two plans in mind, which one is cheaper for five people.")]
    [InlineData("we looked at both plans, which is better?")]
    public void Count_WhichThatAsks_IsOne(string text) => Assert.Equal(1, QuestionDetector.Count(text));

    // A speaker who drops the subject before a copula is stating: "..., is a mess" means "it is a mess".
    [Theory]
    [InlineData("the contract part is another story, is a mess.")]
    [InlineData("we tried a different tool but was expensive for us, and we stopped.")]
    [InlineData("we are six in the office, all six will use it, is small.")]
    public void Count_CopulaWithoutSubjectInsideStatement_IsZero(string text) => Assert.Equal(0, QuestionDetector.Count(text));

    [Theory]
    [InlineData("we keep everything in dropbox, is it possible to save there.")]
    [InlineData("the parents pay with stripe, is possible inside the document.")]
    public void Count_CopulaQuestionInsideStatement_IsOne(string text) => Assert.Equal(1, QuestionDetector.Count(text));

    // A negative auxiliary without a subject is an imperative or a dropped-subject statement, not a negative question.
    [Theory]
    [InlineData("Don't worry about it.")]
    [InlineData("we tested one last year but didn't keep it")]
    [InlineData("Doesn't matter. We'll use whatever works.")]
    [InlineData("alright. haven't had time to look")]
    public void Count_NegativeAuxiliaryWithoutSubject_IsZero(string text) => Assert.Equal(0, QuestionDetector.Count(text));

    [Theory]
    [InlineData("doesn't it sync with outlook already")]
    [InlineData("Don't you have a nonprofit plan?")]
    public void Count_NegativeQuestionWithSubject_IsOne(string text) => Assert.Equal(1, QuestionDetector.Count(text));

    // A sentence-final "right" without its comma still asks for confirmation, unless it judges ("about right").
    [Theory]
    [InlineData("and the customer can sign from a tablet right")]
    [InlineData("ok so you integrate with pipedrive right.")]
    public void Count_StatementEndingInRightTag_IsOne(string text) => Assert.Equal(1, QuestionDetector.Count(text));

    [Theory]
    [InlineData("forty a month sounds about right")]
    [InlineData("the old way of doing it just isn't right.")]
    [InlineData("we want to get the templates right")]
    public void Count_RightAsJudgment_IsZero(string text) => Assert.Equal(0, QuestionDetector.Count(text));

    // A hedged figure said with a rising tone answers the agent's question.
    [Theory]
    [InlineData("Seventy-ish? It changes with the season.")]
    [InlineData("Hm. I'd say a hundred and twenty?")]
    [InlineData("like forty a month? give or take")]
    public void Count_HedgedFigureWithQuestionMark_IsZero(string text) => Assert.Equal(0, QuestionDetector.Count(text));

    // "like" after a question restates it: one question.
    [Theory]
    [InlineData("can we sign from a tablet on site like is there an app")]
    [InlineData("and does it take deposits like can the client pay when they sign")]
    public void Count_QuestionRestatedAfterLike_IsOne(string text) => Assert.Equal(1, QuestionDetector.Count(text));

    // Transcribers that drop apostrophes fuse the wh-word and its auxiliary into one word.
    [Theory]
    [InlineData("ok whats the price for eight seats")]
    [InlineData("fine and hows the billing done")]
    [InlineData("if it costs the same whats the point")]
    public void Count_WhContractionWithoutApostrophe_IsOne(string text) => Assert.Equal(1, QuestionDetector.Count(text));
}
