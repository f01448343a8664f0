using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Sales.Deal.People;

/// <summary>
/// Role words and the stakeholder label each maps to (CIO / "IT guy" is it, GM / boss / director is manager, RevOps /
/// ops lead / VP of operations is operations, business office / accounts team is finance_team, co-founder is founder,
/// trustees are the board, general counsel is legal, a managing or executive director is a director: manager; "the
/// other owner" is a co-owner: partner; a head of school or dean is a manager). Some words name a role only after
/// "my", "our", "the" ("our partner", not "a partner grocery store"). "IT", "HR" and "GM" must be capitals, or "it"
/// the pronoun would match, unless a determiner comes first.
/// </summary>
internal static partial class StakeholderVocabulary
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;

    /// <summary>Role titles by label; '~' marks a word that names someone only after "my", "our", "the".</summary>
    public static readonly RolePhraseTable Roles = new(
    [
        ("sales_manager", "head|vp|svp|director of sales"),
        ("sales_manager", "vice president of sales"),
        ("sales_manager", "sales manager|managers|director|lead|vp|head|leader"),
        ("sales_manager", "vp sales"),
        ("sales_manager", "chief revenue officer"),
        ("sales_manager", "sales team lead|leader|manager"),
        ("operations", "head|vp|svp|director|manager of operations|ops"),
        ("operations", "vice president of operations|ops"),
        ("operations", "vp|svp ops|operations"),
        ("operations", "head|vp|director of revenue operations"),
        ("operations", "operations|ops|revops|bizops manager|director|lead|head|team|person|guy|gal|department|vp|folks|people"),
        ("operations", "rev|biz|sales ops|operations manager|director|lead|head|team|person|guy|department|vp|folks|people"),
        ("operations", "revenue operations manager|director|lead|head|team|department|vp"),
        ("operations", "rev|biz ops"),
        ("operations", "revops|bizops"),
        ("operations", "revenue operations"),
        ("finance_team", "head|vp|director of finance"),
        ("finance_team", "vice president of finance"),
        ("finance_team", "finance|accounting|accounts|billing|bookkeeping team|department|dept|office|people|folks|group|director|manager|lead|person|committee"),
        ("finance_team", "finance|accounting|accounts guy|guys|gal"),
        ("finance_team", "budget committee"),
        ("finance_team", "business office"),
        ("finance_team", "accounts payable"),
        ("finance_team", "controller|comptroller|bookkeeper|accountant|accountants|treasurer|bursar|bursary"),
        ("finance_team", "bursar office"),
        ("finance_team", "payroll team|department|office|person"),
        // A department named by the people in it: "the folks in finance", "someone from accounting".
        ("finance_team", "guys|folks|people|person|someone|somebody|whoever in|from|at finance|accounting|accounts|billing|payroll"),
        ("legal", "guys|folks|people|person|someone|somebody|whoever in|from|at legal|compliance"),
        ("procurement", "guys|folks|people|person|someone|somebody|whoever in|from|at procurement|purchasing"),
        ("it", "guys|folks|people|person|someone|somebody|whoever in|from|at =IT"),
        ("hr", "guys|folks|people|person|someone|somebody|whoever in|from|at =HR"),
        ("operations", "guys|folks|people|person|someone|somebody|whoever in|from|at operations|ops"),
        ("it", "=IT team|department|dept|guy|guys|person|people|folks|vendor|consultant|director|manager|lead|admin|staff|group|security|provider|support|company|firm|contractor"),
        ("it", "=IT"),
        ("it", "cio|ciso"),
        ("it", "c i o"),
        ("it", "cee|see eye|i oh|o"),
        ("it", "~it team|department|dept|guy|guys|person|people|folks|vendor|consultant|director|manager|lead|admin|staff|group|security|provider|support|company|firm|contractor"),
        ("it", "~it"),
        ("it", "chief information officer"),
        ("it", "chief information security officer"),
        ("it", "security|infosec|tech|technology|systems team|guy|person|folks|department"),
        ("it", "tech|technology|systems|network lead|director|manager|admin|administrator"),
        ("it", "head|vp|director of =IT|technology"),
        ("it", "sysadmin|sysadmins"),
        ("it", "system|systems|network administrator"),
        ("hr", "=HR team|department|dept|director|manager|lead|person|people|folks"),
        ("hr", "=HR"),
        // "hr" is never a pronoun, so a lower-case HR title or "VP of hr" (speech-to-text drops the capitals) needs no determiner.
        ("hr", "hr team|department|dept|director|manager|lead|person|people|folks|rep|generalist"),
        ("hr", "~hr"),
        ("hr", "head|vp|director of hr"),
        ("hr", "head|vp|director of human resources"),
        ("hr", "vp|svp hr"),
        ("hr", "human resources"),
        ("hr", "people team|ops|operations"),
        ("hr", "chro"),
        ("hr", "chief people officer"),
        ("hr", "head of people"),
        ("procurement", "procurement"),
        ("procurement", "procurement team|department|office|folks|people"),
        ("procurement", "purchasing team|department|office|manager|folks|people|agent"),
        ("procurement", "vendor management"),
        ("procurement", "~purchasing"),
        ("procurement", "sourcing team"),
        ("procurement", "procurement|purchasing lead|director|officer|head|specialist|guy|person"),
        ("procurement", "procurement manager"),
        ("procurement", "head|director of procurement|purchasing"),
        ("legal", "general|legal counsel"),
        ("legal", "legal|compliance team|department|dept|folks|people|office"),
        ("legal", "compliance|privacy officer"),
        ("legal", "head|vp|director of legal|compliance"),
        ("legal", "legal|compliance director|manager|lead|head|advisor|adviser"),
        ("legal", "counsel"),
        ("legal", "lawyer|lawyers|attorney|attorneys"),
        ("board", "board of directors|trustees|governors|education|supervisors"),
        ("board", "board members|member|meeting|approval"),
        ("board", "trustees"),
        ("board", "county|school|city|town|hospital|church|library|advisory|executive|district board"),
        // Governing boards of public bodies and member-run organisations: "the township board votes on it".
        ("board", "township|village|parish|borough|municipal|tribal|fire|park|parks|port|water|utility|transit|housing|museum|university|college|academy|hoa|condo|coop board"),
        ("ceo", "chief executive"),
        ("ceo", "chief exec"),
        ("ceo", "chief executive officer"),
        ("ceo", "ceo"),
        ("ceo", "c e o"),
        // Acronyms speech-to-text spells out as sounds: "cee eff oh", "see ee oh".
        ("ceo", "cee|see ee|e oh|o"),
        ("ceo", "president"),
        ("cfo", "cfo"),
        ("cfo", "c f o"),
        ("cfo", "cee|see eff|ef|f oh|o"),
        ("cfo", "chief financial officer"),
        ("coo", "coo"),
        ("coo", "c o o"),
        ("coo", "cee|see oh oh"),
        ("coo", "chief operating officer"),
        ("cto", "cto"),
        ("cto", "c t o"),
        ("cto", "cee|see tee|t oh|o"),
        ("cto", "chief technology|technical officer"),
        ("cto", "vp|head|director of engineering"),
        ("cto", "engineering lead|manager|director"),
        ("founder", "co founder|founders"),
        ("founder", "cofounder|cofounders|founder|founders"),
        ("partner", "business|practice|law|managing|senior|equity|name|named partner|partners"),
        ("partner", "co owner|owners"),
        ("partner", "other owner|owners"),
        ("partner", "partner|partners in business"),
        ("partner", "partner|partners in the business"),
        ("partner", "coowner|coowners"),
        ("manager", "general manager"),
        ("manager", "managing|executive director"),
        ("manager", "~gm"),
        ("manager", "=GM"),
        ("manager", "~g m"),
        ("manager", "branch|office|store|practice|regional|district|plant|area|site|hotel|group manager|director"),
        ("manager", "upper management"),
        ("manager", "senior leadership|management"),
        ("manager", "leadership|management team"),
        ("manager", "executive team|committee"),
        ("manager", "managing|principal|designated|supervising broker"),
        ("manager", "broker of record"),
        ("manager", "head of school"),
        ("manager", "head teacher"),
        ("manager", "headteacher|headmistress"),
        ("manager", "~dean"),
        ("manager", "higher ups"),
        ("manager", "department|dept|division head|heads|chair"),
        ("manager", "~team lead|leader"),
        ("manager", "~exec|executive|leadership team"),
        ("manager", "~execs|executives"),
        ("manager", "c suite"),
        ("manager", "big boss"),
        ("manager", "practice|office|clinic administrator"),
        ("manager", "boss"),
        ("manager", "~vice president"),
        ("manager", "~manager|director|supervisor|vp|management|leadership|principal|headmaster|superintendent"),
        ("manager", "~managers|directors|supervisors"),
        ("partner", "~partner|partners"),
        ("board", "~board"),
        ("ceo", "~owner|owners"),
        ("legal", "~legal|compliance"),
        ("operations", "~operations|ops"),
        ("finance_team", "~finance|accounting"),
    ]);

    /// <summary>Marks where a role title may start ("IT", "HR" and "GM" in capitals only).</summary>
    public static readonly Cue RoleCue = new(Roles.FirstWords);

    /// <summary>
    /// Words that make a mention part of the decision or rollout: approving, deciding, voting, agreeing, reviewing,
    /// joining, needing something, being told; a purchase routed to someone ("over that it goes to the CEO", "has to go
    /// through procurement"); someone who would build the integration ("our IT guy could maybe do that"); a talk or a
    /// fight ahead with them; a payer's reaction to the price (choke, balk, push back, veto); a stance on the purchase
    /// (on board, worried, keen, sponsoring it); being added to the meeting.
    /// </summary>
    [GeneratedRegex(@"\b(?:approv\w*|sign(?:s|ed|ing)?[\s-]+off|sign-?off|green[\s-]?light|buy[\s-]?in|blessing|decid\w*|decision\w*|(?:make|makes|making|made)\s+the\s+(?:final\s+)?(?:call|decision)|final\s+say|(?:his|her|their)\s+call|review\w*|vet\w*|look\w*\s+(?:at|into|over)|(?:want|wants|wanted)\s+to\s+(?:see|ask|review|know|look|talk|check|weigh|be)|(?:will|['’]ll|would|['’]d)\s+(?:probably\s+|definitely\s+|also\s+)?(?:want|need)|vot(?:e|es|ed|ing)|agree\w*|ask\w*|check\w*\s+with|run\s+(?:it|this|that)\s+(?:by|past)|bring\w*|brought|talk\w*\s+(?:to|with)|spoke\s+(?:to|with)|loop\w*\s+in|involv\w*|join\w*|on\s+the\s+call|set(?:ting)?\s+(?:it|this|that)?\s*up|forward\w*|recommend\w*|present\w*|pitch\w*|convinc\w*|push\w*\s+for|pushing|negotiat\w*|matter\w*\s+to|care\w*\s+about|security\s+review|budget\w*|pay\w*\s+for|fund\w*|sign\w*\s+(?:the|a)\s+(?:contract|check|po)|questions?|concerns?|heads[\s-]up|weigh\w*\s+in|needs?\s+(?:\w+\s+)?quotes|rfp|(?:['’]s|the|their|his|her)\s+(?:okay|ok)|show\w*|handl\w*|(?:send|sending|sent|pass|passing|passed|email|emailing)\s+(?:it|this|that|them|him|her|my\s+notes|the\s+\w+)\s+(?:to|over|along|on)|roll\w*\s+(?:it\s+|this\s+|that\s+)?out|rollout|in\s+charge|oversee\w*|(?:owns?|controls?)\s+(?:the\s+)?(?:budget|purse|spend\w*|purchas\w*)|belongs?\s+to|(?:his|her|their)\s+(?:decision|budget|sign[\s-]?off|approval)|final\s+(?:call|word)|requir\w*|block\w*|say\s+yes|signs?\s+(?:anything|everything|all|off|contracts?|the\s+checks?|checks?)|(?:has|have|had)\s+to\s+(?:see|okay|ok|clear|sign|read|check|test|try|vet|like|be\s+(?:happy|comfortable|involved|on\s+board))|(?:get|gets|getting|got|is|was|be|are)\s+(?:\w+\s+){0,2}?on\s+board|(?:will|would|['’]ll|['’]d|must)\s+(?:\w+\s+)?sign\b|signs?\s+(?:the|our|all|any)\s+(?:contracts?|agreements?|paperwork|po|purchases?)|(?:is|was|are|were|['’]s|['’]re|seems?|sounds?)\s+(?:\w+\s+)?(?:worried|concerned|keen|excited|skeptical|sceptical|nervous|hesitant|against\s+it|sold\s+on|pushing|all\s+for)|(?:likes?|liked|loves?|loved|hates?|hated)\s+(?:the|this|that)\s+idea|(?:told|asked)\s+(?:me|us)\s+to|sponsor\w*|champion\w*|add\w*\s+(?:\w+\s+){0,3}?to\s+(?:the|our|this)\s+(?:meeting|call|demo)|(?:go|goes|going|went|gone)\s+(?:\w+\s+){0,3}?(?:to|through|past|by)|(?:kick\w*|bump\w*|escalat\w*|pass\w*|punt\w*)\s+(?:\w+\s+){0,2}?(?:up\s+)?to|(?:could|can|would|will|might|['’]ll|['’]d)\s+(?:\w+\s+)?(?:do|build|handle|code|wire|hook|integrate|script)\s+(?:that|it|this|the)|(?:conversation|discussion|fight|battle|argument|sit[\s-]?down)s?\s+with|make\s+the\s+case\s+to|choke\w*|balk\w*|freak\w*\s+out|veto\w*|nix\w*|push\w*\s+back|pushback|mention\w*\s+(?:it\s+|this\s+|that\s+)?to|aware|(?:in|into)\s+the\s+loop|(?:tell|telling|told)\s+(?:him|her|them)|nod|accept\w*)\b", Options)]
    private static partial Regex InvolvementPattern();

    private static GuardedRegex? InvolvementGuarded;

    public static GuardedRegex Involvement() => InvolvementGuarded ??= new(InvolvementPattern());

    /// <summary>
    /// More ways to be involved, kept apart so each automaton stays under the NonBacktracking size limit: needing to
    /// see or know, a say or a veto, asking for a demo, quote or purchase paperwork, allow-listing or installing the
    /// tool, setting people up, reading every contract; choosing ("the one who chooses is the GM", "he says yes or
    /// no"); the token of a sign-off on the purchase ("a stamp from my department head", "signature of our CFO"; not
    /// a document's signature, see <see cref="StakeholderExtractor"/>); giving the money
    /// ("the board gives the money"); the role's stance on the tool ("for our head of IT this is important", "he
    /// will not be happy"); a rule the role states ("our IT company say we cannot use any system without a BAA"); the
    /// role wanting everyone on it ("my district manager wants all six stores on something digital").
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:say|says|said|told\s+us|tells\s+us)\s+(?:that\s+)?(?:we|you|it|they)\s+(?:can['’]?t|cannot|can\s+not|must|need|have\s+to|has\s+to|should|shouldn['’]?t)|wants?\s+(?:us|everyone|everybody|all\s+(?:\w+\s+){0,2}?\w+|the\s+(?:whole\s+)?(?:team|company|office|stores?))\s+(?:on|to\s+(?:use|switch|move|go)|using)|choos\w*|chose|chosen|says\s+(?:yes|no)|(?:stamps?|signatures?|initials|seal)\s+(?:from|of|by)|(?:give|gives|gave|giving|release|releases|allocate|allocates|hand|hands)\s+(?:us\s+|out\s+)?(?:the\s+|our\s+)?(?:money|budget|funds|funding)|important|(?:will|would|won['’]?t|wont|wouldn['’]?t|not|never)\s+(?:\w+\s+)?be\s+(?:happy|pleased|thrilled)|needs?\s+to\s+(?:see|okay|ok|clear|sign|read|check|test|try|vet|weigh|be\s+(?:happy|comfortable|involved|on\s+board))|(?:has|have|had)\s+to\s+(?:know|whitelist|allowlist|install|configure)|(?:has|have|had|gets?|got|want\w*)\s+(?:a|the|final)\s+(?:say|vote|veto)|(?:wants?|wanted|needs?|ask\w*\s+for|request\w*)\s+(?:an?|the)\s+(?:demo|walkthrough|trial|quote|proposal|copy|w-?9|po|purchase\s+order|invoice|breakdown)|whitelist\w*|allowlist\w*|read\w*\s+(?:through\s+|over\s+)?(?:every|all|each|the|our|any)\s+(?:\w+\s+)?(?:contracts?|agreements?|terms|fine\s+print)|set(?:ting)?\s+(?:everyone|everybody|people|us|them|folks|users|accounts)\s+up)\b", Options)]
    private static partial Regex MoreInvolvementPattern();

    private static GuardedRegex? MoreInvolvementGuarded;

    public static GuardedRegex MoreInvolvement() => MoreInvolvementGuarded ??= new(MoreInvolvementPattern());

    /// <summary>The user and someone else own the business together: "we're fifty fifty partners", "we are two partners".</summary>
    public static readonly Cue PartnersCue = new(Partners(), ["partners"]);

    [GeneratedRegex(@"\bwe(?:['’]re|\s+are)\s+(?:all\s+|both\s+|equal\s+|fifty[\s-]fifty\s+|50[\s/-]50\s+|two\s+|three\s+|business\s+)*partners\s*(?:[.,;!]|$|so\b|and\b|in\s+(?:the\s+)?(?:business|firm|practice|company|agency))", Options)]
    private static partial Regex PartnersPattern();

    private static GuardedRegex? PartnersGuarded;

    public static GuardedRegex Partners() => PartnersGuarded ??= new(PartnersPattern());

    /// <summary>The agent asking who decides, approves, signs or is involved: the roles in the user's answer are involved.</summary>
    [GeneratedRegex(@"\b(?:approv\w*|sign[\s-]?off|signs?\s+off|decision\w*|decid\w*|final\s+(?:say|call|word)|who\s+else|anyone\s+else|anybody\s+else|involved)\b", Options)]
    private static partial Regex AuthorityQuestionPattern();

    private static GuardedRegex? AuthorityQuestionGuarded;

    public static GuardedRegex AuthorityQuestion() => AuthorityQuestionGuarded ??= new(AuthorityQuestionPattern());

    /// <summary>A sentence that refers back to a person just named: "The GM. It's his decision", "my boss. I'll show her".</summary>
    [GeneratedRegex(@"\b(?:he|she|they|him|her|them|his|their|he['’]s|she['’]s|they['’]re|they['’]ll|he['’]ll|she['’]ll)\b", Options)]
    private static partial Regex BackReferencePattern();

    private static GuardedRegex? BackReferenceGuarded;

    public static GuardedRegex BackReference() => BackReferenceGuarded ??= new(BackReferencePattern());

    /// <summary>Describing who would use the product, not who decides: "the attorneys and paralegals, that's a dozen of us".</summary>
    [GeneratedRegex(@"\b(?:of\s+us|(?:would|will|['’]d|['’]ll)\s+(?:all\s+)?(?:use|be\s+using)|users|seats|touch\s+it)\b", Options)]
    private static partial Regex UsagePattern();

    private static GuardedRegex? UsageGuarded;

    public static GuardedRegex Usage() => UsageGuarded ??= new(UsagePattern());
}
