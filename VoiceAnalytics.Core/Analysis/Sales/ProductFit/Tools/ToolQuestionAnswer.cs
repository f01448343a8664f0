using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;

/// <summary>
/// Whether a user's mention answers the agent's "what are you using today?": the agent's last turn asked about
/// their current tool or process, and the user names the tool as they start answering.
/// </summary>
internal static class ToolQuestionAnswer
{
    private static readonly PhraseMatcher<bool> ToolQuestions = new(
        "using today", "use today", "using now", "use now", "using for", "currently use", "currently using", "are you using",
        "do you use", "do they use", "are they using", "what tool", "what tools", "which tool", "doing that today", "doing those today",
        "doing it today", "how are you doing", "how do you do", "how are you handling", "how do you handle", "how are you sending",
        "how do you send", "your current", "current process", "current tool", "for that today", "for those today",
        "for them today", "handling that today", "handle that today", "sending them today", "send them today", "done today", "how is that done", "how's that done", "doing this today");

    /// <summary>The user's turn answers "what do you use today?" and names the tool in its first sentence.</summary>
    public static bool Answers(Conversation conversation, TermHit hit)
    {
        if (conversation.PreviousAssistant(hit.Turn) is not { } question || !question.Text.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        return OpensAnswer(hit.Text, hit.Start) && ToolQuestions.In(question.Text);
    }

    // In the first sentence, or within the first words however the speech-to-text punctuated them ("um. DocuSign, mostly.").
    private static bool OpensAnswer(string text, int start)
    {
        const int OpeningWords = 12;
        var (_, firstSentenceEnd) = SentenceBounds.Around(text, 0);
        if (start < firstSentenceEnd)
        {
            return true;
        }

        var index = 0;
        for (var i = 0; i < OpeningWords; i++)
        {
            var (wordStart, wordEnd) = WordScan.Next(text, index, out _);
            if (wordStart < 0 || wordStart >= start)
            {
                return wordStart >= 0;
            }

            index = wordEnd;
        }

        return false;
    }
}
