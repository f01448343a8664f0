using VoiceAnalytics.Core.Analysis.Quality;
using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Tests.Analysis.Quality;

public sealed class ToolOutcomesTests
{
    [Theory]
    [InlineData("""{"results": [], "total": 0}""", false, ToolResult.NoResults)]
    [InlineData("""{"results": []}""", false, ToolResult.NoResults)]
    [InlineData("""{"results": [{"title": "A"}], "total": 1}""", false, ToolResult.Success)]
    [InlineData("Knowledge search timed out", true, ToolResult.Failed)]
    [InlineData("plain text answer", false, ToolResult.Success)]
    public void Of_SearchOutput_IsClassified(string output, bool isError, ToolResult expected)
    {
        var session = new TranscriptBuilder().Agent("Checking.").Tool(ToolOutcomes.KnowledgeSearch, output, isError).Build();

        Assert.Equal(expected, ToolOutcomes.Of(new Conversation(session).Tools[0]));
    }

    [Fact]
    public void Of_BookingThatSaysItFailed_IsFailed()
    {
        var session = new TranscriptBuilder().Agent("Booking.").Tool(ToolOutcomes.Booking, """{"success": false}""").Build();

        Assert.Equal(ToolResult.Failed, ToolOutcomes.Of(new Conversation(session).Tools[0]));
    }
}
