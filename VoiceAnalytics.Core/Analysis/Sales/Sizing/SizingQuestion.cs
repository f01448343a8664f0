using VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;
using VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>
/// The sizing question an assistant turn asks: "How many people would be sending documents?" asks for a team size,
/// "And roughly how many documents a month?" for a volume (per month), "How many employees?" for a company size.
/// </summary>
internal sealed record SizingQuestion(SizingQuestionKind Kind, VolumePeriod? Period)
{
    /// <summary>The document type the volume question names ("how many quotes go out?"), lower-case, or null.</summary>
    public string? Document { get; init; }

    public static readonly SizingQuestion None = new(SizingQuestionKind.None, null);

    private static readonly WordSet WhoWords = new("who", "who'd", "who'll", "who's", "whom");

    private static readonly WordSet BigWords = new("big", "large", "many", "much");

    private static readonly WordSet SendWords = new("send", "sending", "process", "handle", "sign", "signed", "out", "through");

    public static SizingQuestion Of(TurnText assistant)
    {
        ArgumentNullException.ThrowIfNull(assistant);
        if (!assistant.Original.Contains('?', StringComparison.Ordinal))
        {
            return None;
        }

        var text = assistant.Tokens;
        var kind = SizingQuestionKind.None;
        for (var i = 0; i < text.Count; i++)
        {
            kind |= KindAt(text, i);
        }

        var period = kind.HasFlag(SizingQuestionKind.Volume) ? VolumePeriodReader.FirstIn(text, 0, text.Count)?.Period : null;
        return kind == SizingQuestionKind.None ? None : new SizingQuestion(kind, period) { Document = kind.HasFlag(SizingQuestionKind.Volume) ? DocumentAsked(text) : null };
    }

    /// <summary>The one specific document type a "how many" question names; null for generic paperwork or several types.</summary>
    private static string? DocumentAsked(TokenizedText text)
    {
        string? asked = null;
        for (var i = 0; i + 2 < text.Count; i++)
        {
            if (!text.Is(i, "how") || !text.Is(i + 1, "many"))
            {
                continue;
            }

            var noun = SizingNounReader.Read(text, i + 2);
            if (noun.Class != SizingNounClass.Document || noun.Head < 0)
            {
                continue;
            }

            var head = text.Span(noun.Head).ToString();
            if (VolumeCues.GenericDocuments.Contains(head) || (asked is not null && asked != head))
            {
                return null;
            }

            asked = head;
        }

        return asked;
    }

    public bool Asks(SizingQuestionKind kind) => (Kind & kind) != 0;

    private static SizingQuestionKind KindAt(TokenizedText text, int i)
    {
        if (text.In(i, WhoWords) && SeatUsageCue.IsCueAround(text, i, 6))
        {
            return SizingQuestionKind.TeamSize; // "who would be sending these?", "who on your team would use it?"
        }

        if (text.Is(i, "how") && text.In(i + 1, BigWords) && (text.Is(i + 2, "is") || text.Is(i + 2, "'s")))
        {
            return SizeOfWhat(text, i + 3); // "how big is your team?"
        }

        if (!text.Is(i, "how") || !(text.Is(i + 1, "many") || text.Is(i + 1, "much")))
        {
            return SizingQuestionKind.None;
        }

        if (text.Is(i + 1, "much") && text.Is(i + 2, "volume"))
        {
            return SizingQuestionKind.Volume;
        }

        var noun = SizingNounReader.Read(text, i + 2);
        return noun.Class switch
        {
            // "how many staff would be sending these?" asks for seats; "how many employees do you have?" for headcount.
            SizingNounClass.Headcount => SeatUsageCue.IsCueAround(text, noun.End, 8) ? SizingQuestionKind.TeamSize : SizingQuestionKind.CompanySize,
            SizingNounClass.Role when noun.Guessed && AsksForVolume(text, noun.End) => SizingQuestionKind.Volume, // "how many retainers go out a month?"
            SizingNounClass.People or SizingNounClass.Role or SizingNounClass.Seat => PeopleQuestion(text, noun.End),
            SizingNounClass.Document or SizingNounClass.Proxy or SizingNounClass.Other => SizingQuestionKind.Volume,
            SizingNounClass.Bare when AsksForVolume(text, i + 2) => SizingQuestionKind.Volume, // "how many do you send a month?"
            _ => SizingQuestionKind.None,
        };
    }

    private static bool AsksForVolume(TokenizedText text, int from)
    {
        for (var k = from; k < text.Count && !text.IsSentenceEnd(k); k++)
        {
            if (text.In(k, SendWords) || VolumePeriodReader.At(text, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"How many people would use it?" asks for seats; "how many people work at the company?" for headcount.</summary>
    private static SizingQuestionKind PeopleQuestion(TokenizedText text, int from)
    {
        if (SeatUsageCue.IsCueAround(text, from, 8))
        {
            return SizingQuestionKind.TeamSize;
        }

        for (var k = from; k < Math.Min(text.Count, from + 8) && !text.IsSentenceEnd(k); k++)
        {
            if (text.In(k, SizingCues.Organizations) || text.Is(k, "total"))
            {
                return SizingQuestionKind.CompanySize;
            }
        }

        return SizingQuestionKind.TeamSize;
    }

    private static SizingQuestionKind SizeOfWhat(TokenizedText text, int from)
    {
        for (var k = from; k < Math.Min(text.Count, from + 3); k++)
        {
            if (text.In(k, SizingCues.Groups))
            {
                return SizingQuestionKind.TeamSize;
            }

            if (text.In(k, SizingCues.Organizations))
            {
                return SizingQuestionKind.CompanySize;
            }
        }

        return SizingQuestionKind.None;
    }
}
