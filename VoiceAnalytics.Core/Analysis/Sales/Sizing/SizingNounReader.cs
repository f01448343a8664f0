using VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;
using VoiceAnalytics.Core.Analysis.Sales.Sizing.Volume;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>Reads the noun phrase after a count: "two leasing agents", "a dozen of us", "15-person", "forty packets".</summary>
internal static class SizingNounReader
{
    private const int MaxWords = 4;

    public static SizingNoun Read(TokenizedText text, int end)
    {
        var k = end;
        if (text.IsSymbol(k, '-') && text.Touch(k - 1, k) && text.In(k + 1, SizingNouns.CompoundPeople))
        {
            return new SizingNoun(SizingNounClass.SizeCompound, k, k + 1, k + 2); // "15-person startup"
        }

        if (text.In(k, SizingNouns.CompoundPeople) && (IsGroupOrOrganization(text, k + 1) || (text.IsWord(k + 1) && !text.In(k + 1, SizingCues.PhraseStops) && IsGroupOrOrganization(text, k + 2))))
        {
            return new SizingNoun(SizingNounClass.SizeCompound, k, k, k + 1); // "a three hundred person company", "a fifteen person SaaS startup"
        }

        if (text.Is(k, "strong") && (!text.IsWord(k + 1) || text.In(k + 1, SizingCues.PhraseStops)))
        {
            return new SizingNoun(SizingNounClass.People, k, k, k + 1); // "we're about 140 strong", "a team twelve strong": the group's size
        }

        if (text.Is(k, "of") && (text.Is(k + 1, "us") || text.Is(k + 1, "them") || text.Is(k + 1, "you")))
        {
            return new SizingNoun(SizingNounClass.OfUs, k, k + 1, k + 2);
        }

        if (text.Is(k, "of") && (text.Is(k + 1, "our") || text.Is(k + 1, "my") || text.Is(k + 1, "the") || text.Is(k + 1, "their")))
        {
            k += 2; // "two of our reps"
        }

        var first = k;
        for (var words = 0; words < MaxWords && text.IsWord(k) && !text.In(k, SizingCues.PhraseStops) && VolumePeriodReader.At(text, k) is null; words++, k++)
        {
            if (ClassOf(text, k) is { } known)
            {
                if (IsModifierOfPerson(text, k, known))
                {
                    continue; // "six sales engineers", "three client managers": the head noun decides, not its modifier
                }

                return known == SizingNounClass.Excluded && StaffNounGuess.LooksLikeStaff(text, k, first)
                    ? new SizingNoun(SizingNounClass.Role, first, k, k + 1, Guessed: true) // "account leads", not sales leads
                    : new SizingNoun(known, first, k, k + 1);
            }

            if (IsJoiningSymbol(text, k + 1))
            {
                k += 2; // "F&I managers", "AR/AP clerks": one modifier written with a symbol
            }
        }

        if (k == first)
        {
            return SizingNoun.Bare(first);
        }

        return StaffNounGuess.LooksLikeStaff(text, k - 1, first)
            ? new SizingNoun(SizingNounClass.Role, first, k - 1, k, Guessed: true) // "eleven fee earners", "two paraplanners"
            : new SizingNoun(SizingNounClass.Other, first, k - 1, k);
    }

    /// <summary>The class of one word; people come before paperwork ("contractors" are people when counted as a team).</summary>
    public static SizingNounClass? ClassOf(TokenizedText text, int index)
    {
        if (text.In(index, SizingNouns.Seats))
        {
            return SizingNounClass.Seat;
        }

        if (text.In(index, SizingNouns.Headcount))
        {
            return SizingNounClass.Headcount;
        }

        if (text.In(index, SizingNouns.People))
        {
            return SizingNounClass.People;
        }

        if (text.In(index, SizingNouns.Roles))
        {
            return SizingNounClass.Role;
        }

        if (text.In(index, SizingNouns.Documents))
        {
            return SizingNounClass.Document;
        }

        if (text.In(index, SizingNouns.Proxies))
        {
            return SizingNounClass.Proxy;
        }

        return text.In(index, SizingNouns.Excluded) ? SizingNounClass.Excluded : null;
    }

    /// <summary>A paperwork, business-event or excluded word right before a person word is that person's modifier.</summary>
    private static bool IsModifierOfPerson(TokenizedText text, int k, SizingNounClass known) =>
        known is SizingNounClass.Proxy or SizingNounClass.Document or SizingNounClass.Excluded
        && text.IsWord(k + 1) && ClassOf(text, k + 1) is SizingNounClass.People or SizingNounClass.Role or SizingNounClass.Headcount or SizingNounClass.Seat;

    /// <summary>An ampersand or slash inside a modifier, touching a word on both sides.</summary>
    private static bool IsJoiningSymbol(TokenizedText text, int k) =>
        (text.IsSymbol(k, '&') || text.IsSymbol(k, '/')) && text.IsWord(k + 1) && text.Touch(k - 1, k) && text.Touch(k, k + 1);

    private static bool IsGroupOrOrganization(TokenizedText text, int k) =>
        text.In(k, SizingCues.Organizations) || text.In(k, SizingCues.Groups);
}
