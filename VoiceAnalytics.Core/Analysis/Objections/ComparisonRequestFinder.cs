using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// The user asking how PandaDoc compares with another tool ("how do you stack up against X", "what makes you
/// better than", "why would we pay for this when"). Only questions and requests count: "we're comparing you with X"
/// states an evaluation and is left to the competitor mentions.
/// </summary>
internal static partial class ComparisonRequestFinder
{
    public static IReadOnlyList<Extracted<string>> Find(Conversation conversation)
    {
        List<Extracted<string>>? found = null;
        foreach (var turn in conversation.UserTurns)
        {
            var lastSentence = -1;
            foreach (Match m in ComparisonRegex().Matches(turn.Text))
            {
                var (start, end) = SentenceBounds.Around(turn.Text, m.Index);
                if (start == lastSentence)
                {
                    continue;
                }

                var question = QuestionCues.IsQuestion(turn.Text, start, end);
                if (question || RequestRegex().Match(turn.Text, start, end - start).Success)
                {
                    lastSentence = start;
                    var evidence = Evidence.Sentence(turn, m.Index);
                    (found ??= []).Add(new Extracted<string>(evidence.Quote, question ? 0.85 : 0.7, evidence));
                }
            }
        }

        return found ?? [];
    }

    [GeneratedRegex(
        @"\bhow\s+(?:do|does|would|will|did)\s+(?:you|you\s+guys|it|pandadoc|this|that|your\s+\w+)\s+(?:compare|stack\s+up|measure\s+up)|\bcompare[sd]?\s+(?:to|with|against)\b|\bcomparison\b"
        + @"|\bwhat\s+makes\s+(?:you|you\s+guys|it|pandadoc|this|your\s+\w+)\s+(?:any\s+)?(?:better|different)|\b(?:better|different|cheaper|faster|easier)\s+than\b"
        + @"|\bwhy\s+(?:should|would)\s+(?:we|i)\s+(?:pay\s+for|switch\s+to|choose|pick|use|go\s+with|move\s+to|leave)\b|\bdifference\s+between\b|\b(?:vs\.?|versus)\s"
        + @"|\bwhat\s+do\s+you\s+(?:do|have|offer)\s+that\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ComparisonRegexPattern();

    private static GuardedRegex? ComparisonRegexGuarded;

    private static GuardedRegex ComparisonRegex() => ComparisonRegexGuarded ??= new(ComparisonRegexPattern());

    [GeneratedRegex(
        @"\b(?:tell|show|walk)\s+(?:me|us)\b|\bexplain\b|\b(?:i['’]?d|we['’]?d)\s+(?:like|love|want)\s+to\s+(?:know|see|understand)\b|\bsend\s+(?:me|us|over)\b|\bi\s+(?:want|need)\s+to\s+(?:know|understand|see)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RequestRegexPattern();

    private static GuardedRegex? RequestRegexGuarded;

    private static GuardedRegex RequestRegex() => RequestRegexGuarded ??= new(RequestRegexPattern());
}
