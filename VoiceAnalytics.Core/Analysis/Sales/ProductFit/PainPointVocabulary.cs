using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using static VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons.Lexicon;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>How users voice frustrations with the way documents go out today, by pain category.</summary>
internal static class PainPointVocabulary
{
    private const TermKind Kind = TermKind.PainPoint;

    public const string ManualProcess = "manual_process";
    public const string SlowTurnaround = "slow_turnaround";
    public const string IntegrationGap = "integration_gap";
    public const string Cost = "cost";
    public const string Usability = "usability";
    public const string Errors = "errors";
    public const string Visibility = "visibility";

    public static readonly LexiconEntry[] Entries =
    [
        .. Terms(Kind, ManualProcess, "by hand", "manually", "retype", "retyping", "re type", "re typing", "copy and paste", "copy paste", "data entry", "double entry", "drive them over", "driving them over", "print sign scan", "print them", "scan them", "off paper", "all paper", "on paper", "wet ink", "wet signatures", "handwritten", "copying", "copy data",
            "spend hours", "spends hours", "hours a week", "hours a day"),
        .. Terms(Kind, SlowTurnaround, "takes forever", "take forever", "takes days", "takes weeks", "too slow", "so slow", "slow", "waiting on", "waiting for", "delays", "delayed", "bottleneck", "back and forth", "chasing", "chase", "turnaround", "lot of driving", "take a week", "takes a week", "take days",
            "lose deals", "losing deals", "lost deals"),
        .. Terms(Kind, IntegrationGap, "flaky", "not syncing", "aren't syncing", "isn't syncing", "doesn't sync", "don't sync", "don't update", "doesn't update", "out of sync", "sync issues", "sync problems", "copy stuff over", "no integration", "doesn't integrate", "doesn't connect"),
        .. Terms(Kind, Cost, "expensive", "pricey", "too much money", "costs too much", "raising our price", "raising the price", "price increase", "price hike", "overkill", "can't afford", "cannot afford", "over budget"),
        .. Terms(Kind, Usability, "clunky", "confusing", "complicated", "hard to use", "a mess", "frustrating", "a pain", "painful", "a fight", "a hassle", "annoying", "terrible", "cumbersome", "not intuitive"),
        .. Terms(Kind, Errors, "mistakes", "errors", "typos", "gets lost", "get lost", "lost paperwork", "wrong version", "missing signatures", "missed signatures"),
        .. Terms(Kind, Visibility, "no visibility", "don't know who", "no idea who", "no idea if", "can't track", "can't see who", "no way to track", "no tracking"),
    ];
}
