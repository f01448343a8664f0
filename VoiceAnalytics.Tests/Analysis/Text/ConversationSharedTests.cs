using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Sentiment;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Tests.Analysis.Quality;

namespace VoiceAnalytics.Tests.Analysis.Text;

public sealed class ConversationSharedTests
{
    private static Conversation Call() =>
        new(new TranscriptBuilder().Agent("What do you use today?").User("We use DocuSign and it's clunky.").Agent("Got it.").User("Honestly we looked at Adobe Sign too.").Build());

    [Fact]
    public void Holds_OwnTurnsOnly_NotAnotherCallsTurnAtTheSameIndex()
    {
        var conversation = Call();
        var other = Call();

        Assert.All(conversation.Turns, t => Assert.True(conversation.Holds(t)));
        Assert.False(conversation.Holds(other.Turns[1]));
        Assert.False(conversation.Holds(conversation.Turns[1] with { Index = 2 }));
    }

    [Fact]
    public void Shared_SecondAsk_ReusesTheFirstResultWithoutReadingAgain()
    {
        var conversation = Call();
        var reads = 0;
        Func<Conversation, List<int>> read = c =>
        {
            reads++;
            return [c.UserTurns.Count];
        };

        var first = conversation.Shared(read);
        var second = conversation.Shared(read);

        Assert.Same(first, second);
        Assert.Equal(1, reads);
        Assert.Equal([2], first);
    }

    [Fact]
    public void Shared_DifferentReadsAndDifferentCalls_AreKeptApart()
    {
        var conversation = Call();
        Func<Conversation, string> turns = c => $"turns {c.Turns.Count}";
        Func<Conversation, string> tools = c => $"tools {c.Tools.Count}";

        Assert.Equal("turns 4", conversation.Shared(turns));
        Assert.Equal("tools 0", conversation.Shared(tools));
        Assert.NotSame(conversation.Shared(SentimentTimeline.Read), Call().Shared(SentimentTimeline.Read));
    }

    [Fact]
    public void Shared_ManyThreadsAskingAtOnce_ReadOnce()
    {
        var conversation = Call();
        var reads = 0;
        Func<Conversation, object> read = _ =>
        {
            Interlocked.Increment(ref reads);
            Thread.Sleep(20);
            return new object();
        };

        var seen = new object[8];
        Parallel.For(0, seen.Length, i => seen[i] = conversation.Shared(read));

        Assert.Equal(1, reads);
        Assert.All(seen, s => Assert.Same(seen[0], s));
    }

    [Fact]
    public void CompetitorTermsOf_UserTurn_GivesThatTurnsCompetitorsFromTheSharedRead()
    {
        var conversation = Call();

        var first = ProductLexicon.CompetitorTermsOf(conversation, conversation.UserTurns[0]);
        var second = ProductLexicon.CompetitorTermsOf(conversation, conversation.UserTurns[1]);

        Assert.Equal(["docusign"], first.Select(h => h.Value));
        Assert.Equal(["adobe_sign"], second.Select(h => h.Value));
        Assert.Equal(
            ProductLexicon.ScanTurn(conversation, conversation.UserTurns[1]).Where(h => h.Kind == TermKind.Competitor).Select(h => (h.Value, h.Start)),
            second.Select(h => (h.Value, h.Start)));
    }
}
