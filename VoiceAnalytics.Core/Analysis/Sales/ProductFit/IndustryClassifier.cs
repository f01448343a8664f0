using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using VoiceAnalytics.Core.Analysis.Text;
using VoiceAnalytics.Core.Analysis.Text.Cues;
using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>
/// The user's own company's industry: industry words are weighed (naming words strongly, hints weakly, hints capped
/// so a few of them cannot outvote a name), and words about their customers or partners ("our clients are law
/// firms", "a partner grocery store") are left out. Null when nothing reaches the threshold.
/// </summary>
internal static class IndustryClassifier
{
    private const double Threshold = 0.6;
    private const double HintCap = 0.6;

    private static readonly PhraseMatcher<bool> OthersBefore = new(
        "our customers", "our clients", "our customer", "our client", "customers are", "clients are", "sell to", "we serve",
        "serve", "work with", "partner with", "customers like", "clients like", "for clients", "for customers", "clients in",
        "customers in", "companies like", "vendors", "sponsors", "software for", "platform for", "app for", "tools for",
        "tool for", "product for", "products for", "services for", "selling to", "serving", "we help",
        "we support", "built for",
        // Service verbs whose object is the customer: "we advise hospitals", "we clean the office and the clinic".
        "advise", "advising", "we clean", "cleaning for", "we supply", "we insure", "we audit", "we train", "we equip",
        // The parties a go-between connects: "the middle man between the clinicians and the hospital".
        "between");

    // "we help mid-size companies with their strategy", "we advise firms on their reorganisation": after a help verb
    // and its object, the matter helped "with" or advised "on" is the user's own trade, said as plainly as "we do ...".
    private static readonly PhraseMatcher<bool> HelpVerbs = new(
        "we help", "i help", "we support", "we assist", "helping", "we advise", "i advise", "advising");

    private static readonly string[] ServicePrepositions = ["with", "on"];

    // A speaker placing their own company: "we're a ...", "I work for ...", "we make ...". Industry words in such a
    // clause describe the user's company, so they count double (a hint there says as much as a name elsewhere).
    private static readonly PhraseMatcher<bool> SelfDescription = new(
        "we're a", "we're an", "we are a", "we are an", "were a", "we're the", "i'm with", "i am with", "i work for",
        "i work at", "i work in", "we make", "we build", "we manufacture", "we are maker", "we're maker", "we run a",
        "i run a", "i own a", "we own a", "our company is", "our firm is", "our business is", "we're basically a",
        "i'm at a", "i'm at an", "i am at a", "we're in the", "we are in the", "we're a small", "we operate",
        "over at", "here at", "calling from", "i'm from", "i am from", "we produce", "we fabricate", "we place", "we staff",
        "we do", "we specialize in", "we specialise in", "i own", "we own");

    // The user talking about themselves again ends the reach of an earlier "our clients are ...".
    private static readonly PhraseMatcher<bool> SelfSubject = new(
        "we're", "we are", "we do", "we make", "we build", "i'm", "i am", "i run", "i work", "our company", "our firm");

    private const double SelfDescriptionFactor = 2.0;

    private static readonly PhraseMatcher<bool> SpokenAddress = new("dot com", "dot io", "dot net", "dot org", "dot co", "dot gov", "dot edu", "dot us");

    private static readonly string[] OthersAdjacent = [
        "partner", "client", "customer", "clients", "customers", "sponsor",
    ];

    // "our accountant", "my lawyer": a person who serves them, not what they are ("I'm an accountant").
    private static readonly string[] PersonRoles =
    [
        "accountant", "accountants", "attorney", "attorneys", "lawyer", "lawyers", "consultant", "consultants", "realtor",
        "realtors", "therapist", "dentist", "recruiter", "recruiters", "advisor", "advisors", "custodian",
    ];

    // "our insurance requires signed slips", "my bank": a provider the user buys from, named by a possessive.
    private static readonly string[] Providers = ["insurance", "insurer", "bank", "landlord"];

    private static readonly string[] OwnPossessives = ["our", "my", "their", "the"];

    private static readonly string[] Possessives = ["our", "my", "the", "their", "his", "her"];

    // Words that make the noun after "for" one particular organisation ("the office manager for a dental practice").
    private static readonly string[] SingleOrganisation = ["a", "an", "our", "my", "the", "this", "that", "one"];

    private static readonly string[] Employment = ["work", "works", "worked", "working", "job", "manager", "director", "head", "lead"];

    private const int ServedReach = 3;

    private static readonly string[] Conjunctions = ["and", "or"];

    // Head nouns of the trade documents in the vocabulary ("insurance applications", "change orders"): a document,
    // not a group of people or organisations.
    private static readonly string[] DocumentHeads =
    [
        "application", "applications", "order", "orders", "confirmation", "confirmations", "con", "cons", "waiver",
        "waivers", "lading", "contract", "contracts",
    ];

    // "we make hydraulic valves": making or producing things is manufacturing unless the clause names what else they
    // make ("we make websites for dentists" is an agency, "we make software" a software company).
    private static readonly string[] MakerPhrases = ["we make", "we produce"];

    // "we make them in Word", "we produce it by hand": a pronoun after the maker phrase is a document, not a product.
    private static readonly string[] MadeDocuments = ["them", "it", "those", "these", "that", "this", "sure", "one", "ones", "all"];

    // "we sell a scheduling API", "I build little apps": a software word that is what the user makes or sells names
    // their trade as firmly as "software company" does.
    private static readonly PhraseMatcher<bool> ProductVerbs = new(
        "we make", "we build", "we sell", "we develop", "we built", "we've built", "i build", "i make", "i develop", "i sell", "we're building", "i'm building");


    private static readonly string[] SellVerbs = ["sell", "sells", "selling", "sold", "market", "provide", "provides", "offer", "offers", "rent", "license"];

    public static Extracted<string>? Classify(IReadOnlyList<TermHit> hits)
    {
        // Per industry: the weight of naming words, of hints (capped), and the first naming hit as evidence.
        var scores = new Dictionary<string, (double Names, double Hints, TermHit Quote)>(StringComparer.Ordinal);
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Kind != TermKind.Industry || hit.Entry.Weight <= 0 || IsAboutOthers(hit) || Negation.IsNegated(hit.Text, hit.Start, hit.End) || IsNamedMaker(hits, i) || IsModifierOfNamedHead(hits, i))
            {
                continue;
            }

            var ownProduct = hit.Value == "software" && IsOwnProduct(hit);
            if (hit.Entry.Weight <= IndustryVocabulary.OwnProductOnly && !ownProduct)
            {
                continue; // "do you have mobile apps?": a product word that is not what the user makes
            }

            var weight = IsSelfDescription(hits, i) ? hit.Entry.Weight * SelfDescriptionFactor : hit.Entry.Weight;
            if (ownProduct)
            {
                weight = Math.Max(weight, 1.0);
            }
            var isName = weight >= 1.0;
            if (!scores.TryGetValue(hit.Value, out var score))
            {
                score = (0, 0, hit);
            }
            else if (isName && score.Names == 0)
            {
                score.Quote = hit;
            }

            score = isName
                ? (score.Names + weight, score.Hints, score.Quote)
                : (score.Names, Math.Min(HintCap, score.Hints + weight), score.Quote);
            scores[hit.Value] = score;
        }

        var ranked = scores.OrderByDescending(s => s.Value.Names + s.Value.Hints).ToList();
        var best = ranked.Count > 0 ? ranked[0].Value : default;
        var total = best.Names + best.Hints;
        if (ranked.Count == 0 || total < Threshold)
        {
            return null;
        }

        var runnerUp = ranked.Count > 1 ? ranked[1].Value.Names + ranked[1].Value.Hints : 0;
        var confidence = Math.Clamp(0.45 + (0.25 * Math.Min(total, 2)) - (0.3 * runnerUp / total), 0.3, 0.95);
        return new Extracted<string>(ranked[0].Key, Math.Round(confidence, 2), Evidence.Sentence(best.Quote.Turn, best.Quote.Start));
    }

    /// <summary>
    /// An industry word in a clause where the user places their company. Only the first industry word after the cue
    /// is the company ("we place nurses in hospitals": the placing, not the hospitals); later ones are its objects.
    /// </summary>
    private static bool IsSelfDescription(IReadOnlyList<TermHit> hits, int index)
    {
        var hit = hits[index];
        var (clauseStart, _) = CueText.Clause(hit.Text, hit.Start);
        var before = hit.Text.AsSpan(clauseStart, hit.Start - clauseStart);
        var cue = SelfDescription.IndexIn(before);
        if (cue < 0)
        {
            return IsServiceHelpedWith(before);
        }

        var cueStart = clauseStart + cue;
        for (var previous = index - 1; previous >= 0 && ReferenceEquals(hits[previous].Turn, hit.Turn) && hits[previous].Start >= cueStart; previous--)
        {
            if (hits[previous].Kind == TermKind.Industry && hits[previous].Entry.Weight > 0 && hits[previous].Value != hit.Value)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOwnProduct(TermHit hit)
    {
        var (clauseStart, _) = CueText.Clause(hit.Text, hit.Start);
        return ProductVerbs.In(hit.Text.AsSpan(clauseStart, hit.Start - clauseStart));
    }

    // "all our clients are in healthcare, hospitals, a couple of dental chains": the list after the cue stays about
    // the clients across commas, until the sentence ends or the user turns back to themselves ("..., we're a ...").
    private static bool OthersListContinues(string text, int index)
    {
        var sentence = SentenceBounds.Around(text, index);
        var before = text.AsSpan(sentence.Start, index - sentence.Start);
        var cue = LastIndexOf(OthersListCues, before);
        return cue >= 0 && !SelfSubject.In(before[cue..]);
    }

    private static readonly PhraseMatcher<bool> OthersListCues = new(
        "our customers are", "our clients are", "clients are in", "customers are in", "we sell to", "we serve",
        "our clients include", "our customers include", "clients like", "customers like");

    private static int LastIndexOf(PhraseMatcher<bool> cues, ReadOnlySpan<char> text)
    {
        var last = -1;
        var offset = 0;
        while (offset < text.Length)
        {
            var found = cues.IndexIn(text[offset..]);
            if (found < 0)
            {
                break;
            }

            last = offset + found;
            offset = last + 1;
        }

        return last;
    }

    private static bool IsAboutOthers(TermHit hit)
    {
        var text = hit.Text;
        if (SpokenAddress.In(CueText.SentenceSpan(text, hit.Start)))
        {
            return true; // "marcus at brightline logistics dot com": an email domain is not evidence
        }

        var (clauseStart, _) = CueText.Clause(text, hit.Start);
        var clauseBefore = text.AsSpan(clauseStart, hit.Start - clauseStart);
        if ((OthersBefore.In(clauseBefore) && !IsServiceHelpedWith(clauseBefore)) || OthersListContinues(text, hit.Start) || IsServedGroup(text, hit) || IsCounterparty(text, hit.Start)
            || (IsDefinedByUs(text, hit.End) && !SaysWhoWeAre(text.AsSpan(clauseStart, hit.Start - clauseStart))))
        {
            return true;
        }

        var (prevStart, prevEnd) = WordScan.Previous(text, hit.Start, out var crossedBefore);
        var (nextStart, nextEnd) = WordScan.Next(text, hit.End, out var crossedAfter);
        var previous = prevStart >= 0 && !crossedBefore ? text.AsSpan(prevStart, prevEnd - prevStart) : [];
        var word = text.AsSpan(hit.Start, hit.End - hit.Start);
        if ((WordScan.IsAny(previous, Possessives) && WordScan.IsAny(word, PersonRoles))
            || (WordScan.IsAny(previous, OwnPossessives) && WordScan.IsAny(word, Providers)))
        {
            return true;
        }

        return WordScan.IsAny(previous, OthersAdjacent)
            || (nextStart >= 0 && !crossedAfter && WordScan.IsAny(text.AsSpan(nextStart, nextEnd - nextStart), OthersAdjacent));
    }

    /// <summary>
    /// The clause before the term is a help verb, its object, then "with" or "on": the term is the matter helped with
    /// ("we help restaurants with their marketing"), the user's trade, while the object stays the customer.
    /// </summary>
    private static bool IsServiceHelpedWith(ReadOnlySpan<char> before)
    {
        var cue = HelpVerbs.IndexIn(before);
        return cue >= 0 && CueText.HasWord(before[cue..], ServicePrepositions);
    }

    private static bool SaysWhoWeAre(ReadOnlySpan<char> before) => SelfDescription.In(before) || SelfSubject.In(before);

    private static readonly string[] RelativePronouns = ["that", "who", "which"];

    private static readonly string[] UsWords = ["our", "us"];

    private const int RelativeReach = 3;

    /// <summary>
    /// "the bars and restaurants that carry our beer", "clinics who buy from us": a group the user defines by how it
    /// deals with the user's company is a customer or partner, not the company itself. Plural groups only, and
    /// not in a clause where the user says who they are ("we're three restaurants that share our kitchen").
    /// </summary>
    private static bool IsDefinedByUs(string text, int end)
    {
        if (end < 2 || text[end - 1] is not ('s' or 'S'))
        {
            return false;
        }

        var (start, wordEnd) = WordScan.Next(text, end, out var crossed);
        if (start < 0 || crossed || !WordScan.IsAny(text.AsSpan(start, wordEnd - start), RelativePronouns))
        {
            return false;
        }

        for (var i = 0; i < RelativeReach; i++)
        {
            (start, wordEnd) = WordScan.Next(text, wordEnd, out crossed);
            if (start < 0 || crossed)
            {
                return false;
            }

            if (i > 0 && WordScan.IsAny(text.AsSpan(start, wordEnd - start), UsWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "we do electrical for hospitals", "branding and websites for restaurants mostly": an industry named as a group
    /// (plural or bare) after "for" is whom the user serves. One organisation after "for" ("the office manager for a
    /// dental practice", "I work for the hospital") is where they work, so it still counts. The group is a noun
    /// phrase: its coordinated parts share the preposition ("to physio and dental clinics"), so a conjunction does
    /// not use up the reach. A document ("for insurance applications") is what something is for, never whom.
    /// </summary>
    private static bool IsServedGroup(string text, TermHit hit)
    {
        if (NamesADocument(hit))
        {
            return false;
        }

        var index = hit.Start;
        for (var step = 0; step < ServedReach; step++)
        {
            var (wordStart, wordEnd) = WordScan.Previous(text, index, out var crossed);
            if (wordStart < 0 || crossed)
            {
                return false;
            }

            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (WordScan.IsAny(word, Conjunctions))
            {
                step--; // "hospitals and clinics": one group, one preposition
                index = wordStart;
                continue;
            }

            if (WordScan.EqualsWord(word, "for"))
            {
                var (verbStart, verbEnd) = WordScan.Previous(text, wordStart, out var verbCrossed);
                return verbStart < 0 || verbCrossed || !WordScan.IsAny(text.AsSpan(verbStart, verbEnd - verbStart), Employment);
            }

            if (WordScan.EqualsWord(word, "to"))
            {
                // "we sell a scheduling API to dental clinics": the group they sell to
                var (clauseStart, _) = CueText.Clause(text, wordStart);
                return CueText.HasWord(text.AsSpan(clauseStart, wordStart - clauseStart), SellVerbs);
            }

            if (WordScan.IsAny(word, SingleOrganisation))
            {
                return false;
            }

            index = wordStart;
        }

        return false;
    }

    // "the agreement with the hospital for each placement": the other party to the user's agreement.
    private static readonly string[] AgreementNouns = ["agreement", "agreements", "contract", "contracts", "msa", "msas", "sla", "slas"];

    private static readonly string[] PartyDeterminers = ["the", "a", "an", "each", "every", "their", "that", "this"];

    private const int CounterpartyReach = 3;

    /// <summary>
    /// An industry word right after "agreement with" or "contract with" (past a determiner) names the other side of
    /// the user's agreement, a customer or partner, not the user's company.
    /// </summary>
    private static bool IsCounterparty(string text, int start)
    {
        var index = start;
        for (var step = 0; step < CounterpartyReach; step++)
        {
            var (wordStart, wordEnd) = WordScan.Previous(text, index, out var crossed);
            if (wordStart < 0 || crossed)
            {
                return false;
            }

            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (WordScan.EqualsWord(word, "with"))
            {
                var (nounStart, nounEnd) = WordScan.Previous(text, wordStart, out var nounCrossed);
                return nounStart >= 0 && !nounCrossed && WordScan.IsAny(text.AsSpan(nounStart, nounEnd - nounStart), AgreementNouns);
            }

            if (!WordScan.IsAny(word, PartyDeterminers))
            {
                return false;
            }

            index = wordStart;
        }

        return false;
    }

    private static bool NamesADocument(TermHit hit)
    {
        var (headStart, headEnd) = WordScan.Previous(hit.Text, hit.End, out _);
        return headStart >= hit.Start && WordScan.IsAny(hit.Text.AsSpan(headStart, headEnd - headStart), DocumentHeads);
    }

    /// <summary>
    /// "a boutique hotel", "a healthcare staffing agency": an industry word right before a naming word of another
    /// industry modifies it; the head noun, said last in English compounds, names what the business is.
    /// </summary>
    private static bool IsModifierOfNamedHead(IReadOnlyList<TermHit> hits, int index)
    {
        if (index + 1 >= hits.Count)
        {
            return false;
        }

        var hit = hits[index];
        var head = hits[index + 1];
        if (!ReferenceEquals(head.Turn, hit.Turn) || head.Kind != TermKind.Industry || head.Value == hit.Value || head.Entry.Weight < 1.0 || head.Start <= hit.End)
        {
            return false;
        }

        for (var c = hit.End; c < head.Start; c++)
        {
            if (hit.Text[c] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A maker phrase followed, in its clause, by another industry word (that word says what they are), or by a
    /// pronoun or nothing (what they make is a document, not a product).
    /// </summary>
    private static bool IsNamedMaker(IReadOnlyList<TermHit> hits, int index)
    {
        var hit = hits[index];
        if (Array.IndexOf(MakerPhrases, hit.Entry.Phrase) < 0)
        {
            return false;
        }

        var (objectStart, objectEnd) = WordScan.Next(hit.Text, hit.End, out var crossed);
        if (objectStart < 0 || crossed || WordScan.IsAny(hit.Text.AsSpan(objectStart, objectEnd - objectStart), MadeDocuments))
        {
            return true; // nothing made, or a document made ("we make them in Word")
        }

        var (_, clauseEnd) = CueText.Clause(hit.Text, hit.Start);
        for (var next = index + 1; next < hits.Count && ReferenceEquals(hits[next].Turn, hit.Turn) && hits[next].Start < clauseEnd; next++)
        {
            if (hits[next].Kind == TermKind.Industry && hits[next].Value != hit.Value)
            {
                return true;
            }
        }

        return false;
    }
}
