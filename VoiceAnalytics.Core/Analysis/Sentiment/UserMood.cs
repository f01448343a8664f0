using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// The user's mood over the whole call for other analyzers, read from the shared sentiment timeline (no scan of its
/// own). Only the lexicon mean is read, never the call model: the model fits the calls it was trained on far better
/// than unseen ones, so rules keyed on its label do not carry.
/// </summary>
public static class UserMood
{
    /// <summary>
    /// True when the mean of the user's turn scores is negative and past the band edge by the margin at which
    /// <see cref="SentimentAnalyzer"/> takes the mean's label without the model: the words alone say the user is unhappy.
    /// </summary>
    public static bool IsPlainlyNegative(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var turns = conversation.Shared(SentimentTimeline.Read);
        if (turns.Count == 0)
        {
            return false;
        }

        double sum = 0;
        foreach (var turn in turns)
        {
            sum += turn.Score;
        }

        var mean = sum / turns.Count;
        return SentimentLabels.ForCall(mean) == SentimentLabels.Negative && SentimentLabels.CallMargin(mean) >= SentimentAnalyzer.ClearMargin;
    }
}
