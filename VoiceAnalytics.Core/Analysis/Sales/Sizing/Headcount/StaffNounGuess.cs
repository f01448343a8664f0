using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing.Headcount;

/// <summary>
/// Job titles the role vocabulary does not list, read from their form: an agent noun ("fee earners", "closers",
/// "paraplanners", "hygienists", "technicians", "foremen") or a person head after a unit word ("account leads",
/// "team leads", "crew chiefs"). Things and outside people with the same endings ("folders", "subscribers") are left out.
/// A guessed role counts people only where the call is about people (a team question, a usage cue, a list).
/// </summary>
internal static class StaffNounGuess
{
    /// <summary>Plural endings of agent nouns: -er/-or (one who does), -ist, -ian, -man.</summary>
    private static readonly string[] AgentEndings = ["ers", "ors", "ists", "ians", "men"];

    /// <summary>Heads that name a person only after a unit word: "account leads" are people, "sales leads" are not.</summary>
    private static readonly WordSet PersonHeads = new("leads", "lead", "heads", "chiefs", "hands", "captains", "bosses");

    /// <summary>Units a person leads or belongs to ("team lead", "account lead", "shift captain", "crew chief").</summary>
    private static readonly WordSet UnitModifiers = new(
        "team", "account", "project", "shift", "crew", "design", "creative", "site", "store", "department", "practice",
        "office", "floor", "tech", "technical", "engineering", "program", "client", "delivery", "section", "unit",
        "farm", "ranch", "deck", "kitchen", "studio", "desk", "squad", "pod");

    /// <summary>Agent-shaped plurals that are things, places or measures, not staff.</summary>
    private static readonly WordSet Things = new(
        "others", "numbers", "folders", "binders", "flyers", "fliers", "stickers", "vouchers", "trailers", "containers",
        "covers", "banners", "posters", "markers", "printers", "computers", "servers", "monitors", "centers", "centres",
        "quarters", "headers", "footers", "filters", "layers", "reminders", "registers", "ledgers", "rosters", "tenders",
        "transfers", "disclaimers", "dossiers", "errors", "factors", "sectors", "mirrors", "motors", "elevators",
        "calculators", "indicators", "tractors", "reactors", "lists", "playlists", "wishlists", "twists", "wrists",
        "chapters", "letters", "papers", "orders", "offers", "waivers", "riders", "matters", "meters", "liters",
        "litres", "hours", "doors", "floors", "colors", "colours", "corners", "parameters", "characters", "answers",
        "questions", "members", "dollars", "semesters", "trimesters", "boosters", "coupons",
        "retainers", "rubbers", "drawers", "lockers", "trackers", "scanners", "routers", "sensors", "counters", "timers", "triggers",
        "wrappers", "dividers", "planners", "tiers", "barriers", "borders", "titers", "powers", "towers",
        "showers", "flowers", "waters", "weathers", "summers", "winters", "shelters", "helicopters", "fibers", "fibres",
        "ciders", "beers", "burgers", "dinners", "suppers", "boulders", "gutters", "shutters", "ladders",
        "cylinders", "radiators", "generators", "compressors", "conditioners", "heaters", "freezers", "coolers",
        "mixers", "blenders", "readers", "stockings", "women", "specimens", "omens", "abdomens", "regimens");

    /// <summary>Outside people (customers, counterparties, audiences): counted as people, never as staff.</summary>
    private static readonly WordSet OutsidePeople = new(
        "borrowers", "subscribers", "followers", "viewers", "shoppers", "travelers", "travellers", "homeowners",
        "owners", "landlords", "shareholders", "stakeholders", "investors", "providers", "insurers", "retailers",
        "wholesalers", "passengers", "callers", "visitors", "signers", "consumers", "voters", "taxpayers",
        "policyholders", "homebuyers", "bidders", "newcomers", "strangers", "teenagers", "foreigners", "employers",
        "advertisers", "publishers", "influencers", "exhibitors", "competitors", "creditors", "debtors", "grantors",
        "guarantors", "lessors", "lessees", "mortgagors", "sponsors", "donors", "vendors", "distributors", "suppliers",
        "manufacturers", "carriers", "lenders", "buyers", "sellers", "renters", "tenants", "guardians", "survivors",
        "ancestors", "neighbors", "neighbours", "listeners", "watchers", "spectators", "attenders", "seniors",
        "juniors", "minors", "elders", "beginners", "players", "fighters", "racers", "runners", "riders", "diners",
        "drinkers", "smokers", "gamers", "bloggers", "youtubers", "creators", "customers", "prospects", "brokers",
        "homeschoolers", "campers", "borderers", "commuters", "residents", "citizens", "villagers", "foster");

    /// <summary>Whether the word at <paramref name="index"/> (not in any sizing vocabulary) looks like a staff title.</summary>
    public static bool LooksLikeStaff(TokenizedText text, int index, int phraseFirst)
    {
        var word = text.Span(index);
        if (text.In(index, PersonHeads))
        {
            return index > phraseFirst && text.In(index - 1, UnitModifiers);
        }

        if (word.Length < 6 || text.In(index, Things) || text.In(index, OutsidePeople))
        {
            return false;
        }

        foreach (var ending in AgentEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
