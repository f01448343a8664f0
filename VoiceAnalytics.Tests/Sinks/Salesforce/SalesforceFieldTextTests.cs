using VoiceAnalytics.Core.Contracts.TranscriptItems;
using VoiceAnalytics.Core.Sinks.Salesforce.Api;
using VoiceAnalytics.Core.Sinks.Salesforce.Fields;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

public sealed class SalesforceFieldTextTests
{
    [Fact]
    public void TranscriptHtml_UserText_IsEncodedNotMarkup()
    {
        var transcript = new Transcript { Items = [new MessageItem { Id = "i1", Role = "user", Content = ["<script>x</script> & more"] }] };

        Assert.Equal("<p><b>User:</b> &lt;script&gt;x&lt;/script&gt; &amp; more</p>", TranscriptHtml.Format(transcript));
    }

    [Fact]
    public void TranscriptHtml_TooLong_StopsAtAMessageAndSaysSo()
    {
        var transcript = new Transcript { Items = [.. Enumerable.Range(0, 50).Select(i => new MessageItem { Id = $"i{i}", Role = "assistant", Content = [new string('a', 100)] })] };

        var html = TranscriptHtml.Format(transcript, maxLength: 1000);

        Assert.True(html.Length <= 1000, $"{html.Length} characters");
        Assert.EndsWith("Transcript truncated; the full call is at the transcript link.</i></p>", html, StringComparison.Ordinal);
        Assert.Contains("</p><p><i>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_SentValuesAndEmails_AreBlanked()
    {
        var message = SalesforceFailureMessage.Redact("bad value Jane Doe for jane+x@example.com and other@corp.io in Pain_Points__c", ["Jane Doe"]);

        Assert.Equal("bad value [redacted] for [redacted] and [redacted] in Pain_Points__c", message);
    }

    [Fact]
    public void Redact_ShortSentValue_OnlyAsAWholeWord() =>
        Assert.Equal(
            "[redacted] is not allowed in Urgency_Level__c: [redacted]",
            SalesforceFailureMessage.Redact("Low is not allowed in Urgency_Level__c: low", ["Low"]));

    [Fact]
    public void Truncate_LongText_EndsWithAnEllipsisWithinTheLimit()
    {
        var text = SalesforceText.Truncate(new string('x', 300), SalesforceText.ShortText);

        Assert.Equal(255, text.Length);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
    }
}
