using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;

/// <summary>
/// Whether a clause is about someone else's tools or documents: "our custodian uses DocuSign for their forms",
/// "legal uses Ironclad for the big contracts", "the dealer group across town uses DocuSign".
/// "our team uses X" and "the company has X" stay first-person.
/// </summary>
internal static class ThirdPartySubject
{
    private const int Reach = 8;

    private static readonly string[] OtherOwners = ["their", "his", "her", "a", "another", "other", "that", "whose"];

    // "our legal department uses DocuSign", "corporate IT runs Ironclad": another department's tool, not the caller's.
    private static readonly string[] OtherDepartments = [
        "legal", "corporate", "procurement", "purchasing", "accounting", "headquarters", "hq",
        // "the parent company uses DocuSign", "our sister company has Adobe Sign": another company in the group.
        "parent", "sister",
    ];

    public static readonly string[] Verbs = ["uses", "has", "runs", "prefers", "requires"];

    private static readonly string[] OwnSubjects =
    [
        "we", "i", "team", "company", "firm", "office", "everyone", "everybody", "business", "org", "organization",
        "department", "staff", "agency", "practice", "clinic", "school", "side", "reps", "they", "it", "he", "she", "who",
        "everything", "one",
    ];

    /// <summary>True when a third-person verb with someone else as subject comes before <paramref name="index"/> in its clause.</summary>
    public static bool Before(string text, int index)
    {
        for (var i = 0; i < Reach; i++)
        {
            var (start, end) = WordScan.Previous(text, index, out var crossed);
            if (start < 0 || crossed)
            {
                return false;
            }

            if (WordScan.IsAny(text.AsSpan(start, end - start), Verbs) && !IsModal(text, end))
            {
                return !IsOwnSubject(text, start);
            }

            index = start;
        }

        return false;
    }

    /// <summary>"has to", "requires that": a necessity, not someone's tool.</summary>
    public static bool IsModal(string text, int verbEnd)
    {
        var (start, end) = WordScan.Next(text, verbEnd, out _);
        return start >= 0 && WordScan.IsAny(text.AsSpan(start, end - start), ["to", "that", "been", "got"]);
    }

    /// <summary>
    /// True when the word before the verb at <paramref name="verbStart"/> is the user's side: "we", "our team", "the
    /// company" (not "my brother's firm" or "their office").
    /// </summary>
    public static bool IsOwnSubject(string text, int verbStart)
    {
        var (start, end) = WordScan.Previous(text, verbStart, out _);
        if (start < 0 || !WordScan.IsAny(text.AsSpan(start, end - start), OwnSubjects))
        {
            return false;
        }

        var (ownerStart, ownerEnd) = WordScan.Previous(text, start, out var crossed);
        if (ownerStart < 0 || crossed)
        {
            return true;
        }

        var owner = text.AsSpan(ownerStart, ownerEnd - ownerStart);
        return !WordScan.IsAny(owner, OtherOwners) && !WordScan.IsAny(owner, OtherDepartments) && !(owner.Length > 2 && owner[^2] is '\'' or '’' && owner[^1] is 's');
    }
}
