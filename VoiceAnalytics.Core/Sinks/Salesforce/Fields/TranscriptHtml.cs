using System.Net;
using System.Text;
using VoiceAnalytics.Core.Contracts.TranscriptItems;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Fields;

/// <summary>
/// The transcript for <c>Transcript__c</c>, a Rich Text Area: one HTML paragraph per user or agent message, the speaker
/// in bold, the text HTML-encoded so a user's "&lt;" cannot become markup. Messages that no longer fit are replaced by a note.
/// </summary>
internal static class TranscriptHtml
{
    private const string Truncated = "<p><i>Transcript truncated; the full call is at the transcript link.</i></p>";

    public static string Format(Transcript transcript, int maxLength = SalesforceText.RichTextMax)
    {
        var html = new StringBuilder();
        foreach (var message in transcript.Messages.Where(m => m.IsUser || m.IsAssistant))
        {
            var paragraph = $"<p><b>{(message.IsUser ? "User" : "Agent")}:</b> {WebUtility.HtmlEncode(message.Text)}</p>";
            if (html.Length + paragraph.Length > maxLength - Truncated.Length)
            {
                html.Append(Truncated);
                break;
            }

            html.Append(paragraph);
        }

        return html.ToString();
    }
}
