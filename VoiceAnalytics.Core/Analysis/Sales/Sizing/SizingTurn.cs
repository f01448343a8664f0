using VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Numbers;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>A user turn read for sizing: its tokens, sentences and clauses, its counts, and the question it answers.</summary>
internal sealed class SizingTurn
{
    // An unpunctuated turn is cut into sentences of this many tokens (about 2 x SpeechReach.MaxChars of speech), so
    // readers that scan "the sentence" or "the clause" of each count stay linear in the turn.
    private const int MaxSentenceTokens = 200;

    // Sentence and segment of each token, marked on first use: only the readers of a count or of a "me"/"only"
    // phrase ask, and most turns hold neither.
    private int[]? _sentence;
    private int[]? _segment;
    private readonly TurnText? _asker;
    private SizingQuestion? _question;
    private (int Token, int Total, int Last)? _workforceSplit;
    private bool _workforceSplitRead;

    /// <param name="asker">The assistant turn just before, whose question the turn may answer, or null.</param>
    public SizingTurn(Turn turn, TokenizedText text, TurnText? asker)
    {
        Turn = turn;
        _asker = asker;
        Text = text;
        var counts = ReadCounts();
        PeopleEnumeration.AddTo(this, counts);
        SoloClauses.AddTo(this, counts);
        counts.Sort(static (a, b) => a.First.CompareTo(b.First));
        SizingCorrections.Apply(this, counts);
        Counts = counts;
        SeatUsageBinder.Bind(this);
    }

    public Turn Turn { get; }

    /// <summary>
    /// The sizing question the turn answers, read on first use: only the readers of a count ask, and most turns hold
    /// no count, so most assistant questions are never read.
    /// </summary>
    public SizingQuestion Question => _question ??= _asker is null ? SizingQuestion.None : SizingQuestion.Of(_asker);

    public TokenizedText Text { get; }

    public IReadOnlyList<SizingCount> Counts { get; }

    /// <summary>The turn's first workforce split (<see cref="WorkforceSplits"/>), read once for the team and company readers.</summary>
    public (int Token, int Total, int Last)? WorkforceSplit
    {
        get
        {
            if (!_workforceSplitRead)
            {
                (_workforceSplit, _workforceSplitRead) = (WorkforceSplits.Find(this), true);
            }

            return _workforceSplit;
        }
    }

    public int SentenceOf(int token) => token < Sentences.Length ? Sentences[Math.Max(0, token)] : SentenceCount;

    public int SegmentOf(int token) => token < Segments.Length ? Segments[Math.Max(0, token)] : int.MaxValue;

    public int SentenceCount => Sentences.Length == 0 ? 0 : Sentences[^1] + 1;

    private int[] Sentences => _sentence ?? MarkClauses().Sentences;

    private int[] Segments => _segment ?? MarkClauses().Segments;

    /// <summary>Whether the sentence holding the token is a question ("can you handle 80 a day?").</summary>
    public bool IsQuestionSentence(int token)
    {
        var sentence = SentenceOf(token);
        for (var k = Math.Max(0, token); k < Text.Count && SentenceOf(k) == sentence; k++)
        {
            if (Text.IsSymbol(k, '?'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Evidence quoting the sentence around a token.</summary>
    public Evidence EvidenceAt(int token) => Evidence.Sentence(Turn, Text.InRange(token) ? Text[token].Start : 0);

    private (int[] Sentences, int[] Segments) MarkClauses()
    {
        var (sentences, segments) = (new int[Text.Count], new int[Text.Count]);
        int sentence = 0, segment = 0, sentenceStart = 0;
        for (var k = 0; k < Text.Count; k++)
        {
            if (k - sentenceStart >= MaxSentenceTokens)
            {
                (sentence, segment, sentenceStart) = (sentence + 1, segment + 1, k);
            }

            if (Text.In(k, SizingCues.ClauseBreaks) || Text.IsSymbol(k, ';'))
            {
                segment++;
            }

            sentences[k] = sentence;
            segments[k] = segment;
            if (Text.IsSentenceEnd(k))
            {
                sentence++;
                segment++;
                sentenceStart = k + 1;
            }
        }

        (_sentence, _segment) = (sentences, segments);
        return (sentences, segments);
    }

    private List<SizingCount> ReadCounts()
    {
        var numbers = SpokenNumbers.Scan(Text);
        var counts = new List<SizingCount>(numbers.Count);
        if (numbers.Count == 0)
        {
            return counts;
        }

        var numberEnds = new bool[Text.Count + 1];
        var token = 0;
        foreach (var number in numbers)
        {
            while (token < Text.Count && Text[token].Start < number.Start)
            {
                token++;
            }

            var first = token;
            while (token < Text.Count && Text[token].End < number.End)
            {
                token++;
            }

            var end = Math.Min(token + 1, Text.Count);
            numberEnds[end] = true;
            if (number.IsCount && first < Text.Count)
            {
                counts.Add(new SizingCount(number, first, end, SizingNounReader.Read(Text, end)));
            }
        }

        foreach (var count in counts)
        {
            SizingCountContext.Describe(this, count, numberEnds);
        }

        return counts;
    }
}
