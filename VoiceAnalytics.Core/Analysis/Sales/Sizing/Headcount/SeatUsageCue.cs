using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>
/// Verbs that put people on the product: "would use it", "who'd actually send stuff", "using it", "roll it out to",
/// and their negations ("wouldn't touch it"). A plain "we use HubSpot" or "we send 40 quotes" is not one.
/// </summary>
internal static class SeatUsageCue
{
    private static readonly WordSet RollWords = new("roll", "rolling", "rolled", "rollout");

    private static readonly WordSet StartWords = new("start", "starting", "begin", "beginning", "pilot", "piloting");

    private static readonly WordSet WorkPrepositions = new("in", "on", "with");

    private static readonly WordSet PresentForms = new("using", "uses");

    private static readonly WordSet WholeSubjects = new("everybody", "everyone");

    /// <summary>Present-tense verbs of preparing or sending documents ("does proposals", "sends quotes", "writes SOWs").</summary>
    private static readonly WordSet DocumentWorkVerbs = new(
        "does", "do", "sends", "send", "makes", "make", "writes", "write", "prepares", "prepare", "creates", "create",
        "drafts", "draft", "builds", "build", "issues", "issue");

    /// <summary>Verbs of needing or getting, which make their seat object a usage ("would need logins", "only the 9 AEs need licence").</summary>
    private static readonly WordSet NeedVerbs = new("need", "needs", "needing", "require", "requires", "get", "gets", "getting", "want", "wants");

    /// <summary>What a user is given: a seat, license or login (<see cref="SizingNouns.Seats"/>), an account or access.</summary>
    private static readonly WordSet AccessObjects = new("account", "accounts", "access", "login", "log-in", "log-ins", "profile", "profiles");

    private static readonly WordSet SeatDeterminers = new("a", "an", "their", "his", "her", "own", "its", "separate", "individual", "personal");

    public static bool IsAt(TokenizedText text, int index)
    {
        if (LooksForward(text, index))
        {
            return true;
        }

        if (text.In(index, NeedVerbs))
        {
            return NeedsSeat(text, index);
        }

        if (text.In(index, RollWords))
        {
            return text.Is(index, "rollout") || text.Is(index + 1, "out") || text.Is(index + 2, "out") || text.Is(index + 3, "out");
        }

        if (WholeGroupDoes(text, index))
        {
            return true;
        }

        if (!text.In(index, SizingCues.UsageVerbs))
        {
            return false;
        }

        if (text.Is(index, "work") || text.Is(index, "working"))
        {
            return text.In(index + 1, WorkPrepositions) && text.In(index + 2, SizingCues.ProductObjects);
        }

        if (text.In(index, PresentForms) && text.In(index + 1, SizingCues.ProductObjects))
        {
            return true; // "using it", "everyone uses it"
        }

        for (var k = index - 1; k >= index - 3 && text.IsWord(k); k--)
        {
            if (text.In(k, SizingCues.UsageModals))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "everybody does proposals", "everyone sends their own", "we all write quotes": the whole group named just before
    /// does the document work today, so all of them would use it.
    /// </summary>
    private static bool WholeGroupDoes(TokenizedText text, int index) =>
        text.In(index, DocumentWorkVerbs)
        && (text.In(index - 1, WholeSubjects) || (text.Is(index - 1, "all") && (text.Is(index - 2, "we") || text.Is(index - 2, "they"))));

    /// <summary>"need logins", "need a license", "need their own account": a seat word right after the verb, past up to two determiners.</summary>
    private static bool NeedsSeat(TokenizedText text, int index)
    {
        var k = index + 1;
        for (var words = 0; words < 2 && text.In(k, SeatDeterminers); words++)
        {
            k++;
        }

        return text.In(k, SizingNouns.Seats) || text.In(k, AccessObjects);
    }

    /// <summary>"we'd start with our 5 recruiters", "roll it out to our forty agents": the people come after the cue.</summary>
    public static bool LooksForward(TokenizedText text, int index) =>
        (text.In(index, StartWords) && text.Is(index + 1, "with"))
        || (text.In(index, RollWords) && (text.Is(index + 2, "to") || text.Is(index + 3, "to")));

    /// <summary>A negator among the few words before the cue, in the same clause ("they wouldn't touch it").</summary>
    public static bool IsNegated(TokenizedText text, int index)
    {
        for (var k = index - 1; k >= index - 4 && text.IsWord(k); k--)
        {
            if (text.In(k, SizingCues.Negators) || text.Span(k).EndsWith("n't"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a usage cue lies in tokens [from, from + window) of the same sentence.</summary>
    public static bool IsCueAround(TokenizedText text, int from, int window)
    {
        for (var k = from; k < Math.Min(text.Count, from + window) && !text.IsSentenceEnd(k); k++)
        {
            if (IsAt(text, k))
            {
                return true;
            }
        }

        return false;
    }
}
