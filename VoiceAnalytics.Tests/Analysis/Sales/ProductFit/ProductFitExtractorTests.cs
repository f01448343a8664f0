using System.Text.Json;
using VoiceAnalytics.Core.Analysis.Sales.ProductFit;

namespace VoiceAnalytics.Tests.Analysis.Sales.ProductFit;

public sealed class ProductFitExtractorTests
{
    private static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [Fact]
    public void Extract_WholeCall_FillsEverySignal()
    {
        var conversation = new TranscriptBuilder()
            .Agent("Hi! What would you use PandaDoc for?")
            .User("I run a small property management company. we send leases and maintenance agreements.")
            .Agent("Great. What are you using today?")
            .User("we're on HelloSign, and it's kind of clunky. does it connect to quick books?")
            .Agent("Yes, PandaDoc integrates with QuickBooks Online.")
            .User("nice. can tenants pay the first month's rent when they sign? oh, and is there a template library?")
            .Agent("Let me check.")
            .Search("lease template library", found: 0)
            .Agent("Payments work through Stripe or PayPal. I couldn't find a lease template library.")
            .Conversation();

        var signals = ProductFitExtractor.Extract(conversation);

        Assert.Equal(["quickbooks"], signals.IntegrationNeeds.Select(e => e.Value));
        Assert.Equal("real_estate", signals.Industry?.Value);
        Assert.Equal(["leases", "contracts"], signals.UseCases.Select(e => e.Value));
        Assert.Equal("dropbox_sign", signals.CurrentTool?.Value);
        var competitor = Assert.Single(signals.Competitors);
        Assert.Equal(("dropbox_sign", "current_tool", "negative"), (competitor.Competitor, competitor.Context, competitor.Sentiment));
        Assert.Equal(["templates_library"], signals.FeatureRequests.Select(e => e.Value));
        Assert.Contains(signals.PainPoints, p => p.Category == "usability");
    }

    [Fact]
    public void Extract_EmptyCall_GivesEmptySignals()
    {
        var signals = ProductFitExtractor.Extract(new TranscriptBuilder().Agent("Hello? Are you there?").Conversation());

        Assert.Empty(signals.IntegrationNeeds);
        Assert.Null(signals.Industry);
        Assert.Empty(signals.UseCases);
        Assert.Null(signals.CurrentTool);
        Assert.Empty(signals.Competitors);
        Assert.Empty(signals.FeatureRequests);
        Assert.Empty(signals.PainPoints);
    }

    [Fact]
    public void Extract_EveryEvidence_PointsIntoItsTurn()
    {
        var conversation = TranscriptBuilder.FromUser("we're a law firm on DocuSign. we need Salesforce and our NDAs are a mess, it takes forever.");
        var signals = ProductFitExtractor.Extract(conversation);
        var evidence = signals.IntegrationNeeds.Select(e => e.Evidence!)
            .Concat(signals.UseCases.Select(e => e.Evidence!))
            .Concat(signals.Competitors.Select(c => c.Evidence))
            .Concat(signals.PainPoints.Select(p => p.Evidence))
            .Append(signals.Industry!.Evidence!)
            .Append(signals.CurrentTool!.Evidence!);

        foreach (var quote in evidence)
        {
            var turn = conversation.Turns.Single(t => t.ItemId == quote.ItemId);
            Assert.Equal(quote.Quote, turn.Text[quote.Start..quote.End]);
        }
    }

    [Fact]
    public void Extract_SameCallTwice_GivesEqualJson()
    {
        var conversation = TranscriptBuilder.FromUser("we use Proposify and Salesforce for quotes, it's slow");

        var first = JsonSerializer.Serialize(ProductFitExtractor.Extract(conversation), Snake);
        var second = JsonSerializer.Serialize(ProductFitExtractor.Extract(conversation), Snake);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Extract_Result_RoundTripsThroughSnakeCaseJson()
    {
        var signals = ProductFitExtractor.Extract(TranscriptBuilder.FromUser("we're a SaaS company on DocuSign and we need HubSpot"));

        var json = JsonSerializer.Serialize(signals, Snake);
        var back = JsonSerializer.Deserialize<ProductFitSignals>(json, Snake)!;

        Assert.Contains("\"integration_needs\"", json, StringComparison.Ordinal);
        Assert.Equal(signals.IntegrationNeeds, back.IntegrationNeeds);
        Assert.Equal(signals.Industry, back.Industry);
        Assert.Equal(signals.CurrentTool, back.CurrentTool);
        Assert.Equal(signals.Competitors, back.Competitors);
    }

    [Fact]
    public void Extract_NullConversation_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ProductFitExtractor.Extract(null!));
}
