using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Tests.Analysis.Sales.ProductFit;

public sealed class NegationTests
{
    [Theory]
    [InlineData("we don't use Pipedrive at all", "Pipedrive")]
    [InlineData("honestly we're not on Zoho", "Zoho")]
    [InlineData("we never really used Notion", "Notion")]
    [InlineData("so just forget Monday for now", "Monday")]
    [InlineData("we stopped paying for Slack", "Slack")]
    [InlineData("we aren't using Gmail for work", "Gmail")]
    public void IsNegated_NegatorShortlyBefore_ReturnsTrue(string text, string term) =>
        Assert.True(Negation.IsNegated(text, text.IndexOf(term, StringComparison.Ordinal), text.IndexOf(term, StringComparison.Ordinal) + term.Length));

    [Theory]
    [InlineData("we don't pay for HubSpot anymore", "HubSpot")]
    [InlineData("we use Trello no longer", "Trello")]
    [InlineData("we never open Asana any more", "Asana")]
    public void IsNegated_AnymoreAfter_ReturnsTrue(string text, string term)
    {
        var start = text.IndexOf(term, StringComparison.Ordinal);
        Assert.True(Negation.NegatedAfter(text, start + term.Length) || Negation.NegatorBefore(text, start) >= 0);
    }

    [Theory]
    [InlineData("no, Salesforce is our CRM", "Salesforce")]
    [InlineData("I'm not sure but does it work with Stripe", "Stripe")]
    [InlineData("we don't have much time, and HubSpot is the priority", "HubSpot")]
    [InlineData("we really rely on Box for files", "Box")]
    [InlineData("can the form skip questions based on answers", "based")]
    public void IsNegated_NegatorInAnotherClause_ReturnsFalse(string text, string term)
    {
        var start = text.IndexOf(term, StringComparison.Ordinal);
        Assert.False(Negation.IsNegated(text, start, start + term.Length));
    }

    [Fact]
    public void IsNegated_SingleIndexOverload_LooksBeforeTheTerm() =>
        Assert.True(Negation.IsNegated("we don't use Xero", 13));
}
