namespace VoiceAnalytics.Core.Analysis.Gaps;

/// <summary>
/// The topic (<see cref="TopicVocabulary.Classify"/>) and content type (<see cref="TopicVocabulary.ContentType"/>) of
/// each text, read once per call: a question is classified where it is counted and again where it goes unanswered,
/// is repeated or recommended, and each reading runs up to seventeen regexes. Both are functions of the text alone,
/// so a text read again gives the same answers.
/// </summary>
internal sealed class TopicMemo
{
    private readonly Dictionary<string, string> _topics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _contentTypes = new(StringComparer.Ordinal);

    public string Topic(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_topics.TryGetValue(text, out var topic))
        {
            _topics[text] = topic = TopicVocabulary.Classify(text);
        }

        return topic;
    }

    public string ContentType(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_contentTypes.TryGetValue(text, out var type))
        {
            _contentTypes[text] = type = TopicVocabulary.ContentType(text);
        }

        return type;
    }
}
