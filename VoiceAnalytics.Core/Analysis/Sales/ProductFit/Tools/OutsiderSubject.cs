using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;

/// <summary>
/// Whether someone outside the user's company is the subject of the clause before a tool: "my friend in Houston use
/// DocuSign", "a buddy of mine swears by Jotform", "my cousin said try SignNow". Their tool is not the user's. The scan
/// stops at the user speaking of themselves again ("my friend said we should use ...").
/// </summary>
internal static class OutsiderSubject
{
    private const int Reach = 8;

    private static readonly string[] Outsiders =
    [
        "friend", "friends", "buddy", "buddies", "cousin", "brother", "sister", "neighbor", "neighbour", "someone", "somebody",
        "peers", "competitor", "competitors", "wife", "husband", "dad", "mom",
    ];

    private static readonly string[] Self = ["we", "i", "we're", "i'm", "us", "me", "our"];

    public static bool Before(string text, int index)
    {
        for (var i = 0; i < Reach; i++)
        {
            var (start, end) = WordScan.Previous(text, index, out var crossed);
            if (start < 0 || crossed)
            {
                return false;
            }

            var word = text.AsSpan(start, end - start);
            if (WordScan.IsAny(word, Outsiders))
            {
                return true;
            }

            if (WordScan.IsAny(word, Self))
            {
                return false;
            }

            index = start;
        }

        return false;
    }
}
