using VoiceAnalytics.Core.Analysis.Gaps;

namespace VoiceAnalytics.Tests.Analysis.Gaps;

public sealed class TopicMemoTests
{
    [Theory]
    [InlineData("Can I send one lease to two hundred tenants at once?")]
    [InlineData("Why is the Salesforce sync not working?")]
    [InlineData("How do I change my password?")]
    [InlineData("What's the weather like?")]
    public void TopicAndContentType_AnswerAsTheVocabularyDoes_AlsoWhenAskedAgain(string text)
    {
        var memo = new TopicMemo();

        Assert.Equal(TopicVocabulary.Classify(text), memo.Topic(text));
        Assert.Equal(TopicVocabulary.ContentType(text), memo.ContentType(text));
        // a second reading, from another string with the same characters, gives the remembered answers
        var again = new string(text.AsSpan());
        Assert.Equal(TopicVocabulary.Classify(text), memo.Topic(again));
        Assert.Equal(TopicVocabulary.ContentType(text), memo.ContentType(again));
    }
}
