using System.Buffers;
using System.Text.RegularExpressions;
using VoiceAnalytics.Core.Analysis.Text.Cues;

namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// Cue phrases that are objections on their own (one per category). Vocabularies, not sentences: each alternative is
/// a family of phrasings ("too pricey", "can't afford", "over budget").
/// </summary>
internal static partial class ObjectionCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>For patterns with lookarounds, which the non-backtracking engine cannot run.</summary>
    private const RegexOptions BacktrackingOptions = Options & ~RegexOptions.NonBacktracking;

    [GeneratedRegex(
        @"\b(?:expensive|pricey|pricy|costly|overpriced)\b|\bsteep\b(?!\s+learning)"
        + @"|\b(?:can['’]?t|cannot|couldn['’]?t|can\s+not)\s+(?:really\s+)?afford\b|\b(?:doubt|not\s+sure|don['’]?t\s+know\s+if)\s+(?:we|i)\s+(?:can|could)\s+afford\b"
        + @"|\bover\s+(?:our|my|the)\s+budget\b|\bout\s+of\s+(?:our|my)\s+(?:budget|price\s+range)\b|\bbudget(?:['’]s|\s+is)\s+(?:\w+\s+)?(?:tight|limited|small|stretched)\b|\btight\s+budget\b"
        + @"|\b(?:that['’]?s|it['’]?s|that\s+is|seems\s+like)\s+(?:a\s+lot|too\s+much)\s+(?:for\s+(?:a|an|us|me|my|our|just|such)\b|per\s+(?:seat|user|month))|\b(?:a\s+lot|too\s+much)\s+(?:to\s+pay|to\s+spend|of\s+money)\b"
        + @"|\bmore\s+than\s+(?:i|we)\s+(?:want|wanted|wanna|can|could|['’]d\s+like)\s+(?:to\s+)?(?:spend|pay|afford)\b|\bmore\s+than\s+(?:i|we)\s+(?:budgeted|planned|expected|were\s+expecting|hoped|had\s+in\s+(?:mind|my\s+head|our\s+heads?))\b"
        + @"|\bdon['’]?t\s+have\s+(?:the\s+|a\s+)?budget\b(?!\s+(?:problem|issue|concern))|\bnot\s+in\s+(?:the|our|my|this\s+year['’]?s)\s+budget\b|\bno\s+budget\s+(?:for|left)\b"
        + @"|\b(?:nonprofit|non-profit|charity|education(?:al)?|academic|school|student|startup|small\s+business)\s+(?:rate|rates|pricing|price|discount)\b|\bfull\s+price\s+(?:would\s+be|is)\s+(?:\w+\s+)?(?:hard|tough|difficult|a\s+stretch)"
        + @"|\b(?:anything|something|a\s+plan|an?\s+option|a\s+way)\s+(?:that['’]?s\s+)?cheaper\b|\bcheapest\b|\bwhy\s+(?:would|should)\s+(?:we|i)\s+pay\b"
        + @"|\b(?:is\s+there|do\s+you\s+(?:have|offer|do)|any|get|qualify\s+for)\s+(?:a\s+|an\s+|any\s+)?(?:\w+\s+){0,3}?discounts?\b"
        + @"|\b(?:costs?|costing|priced)\s+more\s+than\b|\bcan['’]?t\s+justify\s+the\s+(?:cost|price|spend)\b"
        + @"|\b(?:big(?:gest)?|main|real|only)\s+(?:thing|issue|concern|question|hurdle)\s+(?:for\s+(?:me|us)\s+)?(?:is|['’]s)\s+(?:the\s+)?(?:price|pricing|cost|budget|money)\b"
        + @"|\b(?:is|are|['’]s|be|seems)\s+(?:way\s+|just\s+|a\s+bit\s+|a\s+little\s+|kind\s+of\s+)?(?:too|to)\s+much\b(?!\s+(?:work|time|hassle|paper))|\btoo\s+much\s+for\s+(?:us|me|a\s+\w+|\w+\s+(?:users|people|seats|persons))\b"
        + @"|\bpay(?:ing)?\s+more\s+(?:than|for)\b|\bmore\s+than\s+(?:i|we)\s+(?:pay|paid|spend|think|thought|can\s+justify|could\s+justify)\b|\b(?:pricing|price|prices|cost|you|you\s+guys|yours)\s+(?:is|are|['’]s|seems?)\s+(?:\w+\s+)?(?:higher|more\s+expensive)\b"
        + @"|\b(?:\w+['’]s|they['’]re|they\s+are|\w+\s+is)\s+(?:a\s+lot\s+|much\s+|way\s+)?cheaper\b|\b(?:smaller|cheaper|lower|lesser|lighter)\s+(?:plan|tier|package|option|edition)\b"
        + @"|\b(?:budget|money|cash|funds|finances)(?:['’]s|\s+is|\s+are)\s+(?:\w+\s+)?(?:tight|limited|small|stretched|thin)\b|\bon\s+a\s+shoestring\b|\bevery\s+(?:dollar|penny|cent)\s+(?:counts|matters|is)\b"
        + @"|\b(?:never|won['’]?t|wouldn['’]?t|not\s+going\s+to)\s+(?:approve|pay|go\s+for|sign\s+off\s+on)\s+(?:\w+\s+){0,3}(?:pricing|price|cost|that\s+much)\b"
        + @"|\b(?:seats?|users?|licen[cs]es?|per\s+\w+)\s*,?\s+(?:that\s+|it\s+)?adds?\s+up\b|\badds?\s+up\s+(?:fast|quickly|quick)\b|\bworth\s+(?:that|the|this)\s+(?:much\s+)?(?:more|price|money|cost|extra)\b",
        BacktrackingOptions)]
    private static partial Regex PricingPattern();

    private static readonly GuardedRegex PricingGuarded = new(PricingPattern());

    public static GuardedRegex Pricing() => PricingGuarded;

    /// <summary>
    /// Price concerns as people say them aloud, kept apart from <see cref="Pricing"/> so each automaton stays small:
    /// degree words ("a bit much"), a big amount ("that's real money"), a refusal to pay, the incumbent costing less.
    /// </summary>
    [GeneratedRegex(
        // degree words before "much" and "a lot for" after any copula ("a bit much", "that's gonna be a lot for a small office")
        @"\b(?:a\s+(?:bit|little|tad)|kind\s+of|kinda)\s+much\b(?!\s+(?:the\s+same|like|all|every|what|it|it['’]?s))"
        + @"|\b(?:that|it|this|thats|its)(?:['’]?s|\s+is|\s+would|['’]d|['’]ll|\s+will)?\s+(?:\w+\s+){0,3}?a\s+lot\s+for\b"
        // an amount called big ("that's real money", "serious money", "not cheap")
        + @"|\b(?:real|serious|big|good|a\s+lot\s+of)\s+money\b(?!\s+(?:saver|maker|on\s+the\s+table))|\bnot\s+(?:exactly\s+|that\s+|very\s+)?cheap\b"
        // refusing to pay for it ("I'm not paying a monthly fee for that"), not refusing to keep paying the incumbent ("not paying them again")
        + @"|\b(?:i['’]?m|we['’]?re|im|i\s+am|we\s+are)\s+not\s+(?:gonna\s+|going\s+to\s+)?pay(?:ing)?\b(?!\s+(?:them|those|their|him|her)\b)"
        // the other tool or the current bill costs less ("Acrobat costs us less", "more than our whole Shopify bill")
        + @"|\b(?:costs?|charges?)\s+(?:us|me)\s+(?:a\s+lot\s+|way\s+|much\s+)?less\b|\bmore\s+than\s+(?:our|my|the)\s+(?:\w+\s+){0,3}(?:bill|subscription|lease|invoice|rent)\b"
        // the other tool at a fraction of the price ("it's like a third of the price", "half the cost")
        + @"|\b(?:a\s+)?(?:half|third|quarter|fraction)\s+(?:of\s+)?(?:the|your|its|their)\s+(?:price|cost)\b"
        // someone who pays balking at the number ("finance will choke on a subscription", "our CTO is gonna balk at per-seat pricing")
        + @"|\b(?:choke|balk|flinch|faint)(?:s|ed)?\s+(?:at|on|when)\s+(?:\w+\s+){0,5}?(?:price|pricing|prices|cost|costs|subscription|fee|fees|bill|number|numbers|quote|seats?)\b"
        // price words of other Englishes and money said to be short ("a bit dear", "not made of money")
        + @"|\b(?:a\s+bit|a\s+little|quite|pretty|rather|too|very|bit)\s+dear\b|\bnot\s+made\s+of\s+money\b|\bmoney\s+doesn['’]?t\s+grow\b"
        // asking whether it will cost more than the other tool, or saying it is not even cheaper ("is this gonna cost me more than SignNow", "would you be cheaper")
        + @"|\b(?:gonna|going\s+to|will|would|is\s+it|is\s+this|is\s+that|does\s+it)\s+(?:be\s+|cost\s+(?:me\s+|us\s+)?)(?:a\s+lot\s+|any\s+|much\s+)?more\s+than\s+(?!(?:a|an|one|two|three|\d+|enough|just|that|this|happy|willing|fine|ok|okay|needed|necessary)\b)\w+"
        + @"|\b(?:are|would|will)\s+(?:you|you\s+guys|y['’]?all|pandadoc)\s+(?:\w+\s+)?(?:be\s+)?cheaper\b|\bnot\s+(?:even\s+|any\s+|really\s+)?cheaper\b"
        // the price called harsh ("your pricing is painful for us", "the enterprise tier is insane for six people", "it becomes quite heavy for us")
        + @"|\b(?:pricing|price|prices|cost|costs|tier|plan|plans|subscription|fee|fees|seat|seats|licen[cs]es?)\s+(?:is|are|['’]s|becomes?|gets?|feels?|seems?|looks?)\s+(?:\w+\s+){0,2}?(?:painful|heavy|prohibitive|insane|crazy|nuts|ridiculous|absurd|outrageous|brutal|a\s+stretch|hard\s+to\s+swallow)\b(?!\s+(?:good|cheap|low|reasonable|fair|affordable|competitive))"
        + @"|\b(?:it|that|this)\s+(?:is|['’]s|becomes?|gets?)\s+(?:\w+\s+)?(?:heavy|prohibitive|a\s+stretch)\s+for\s+(?:us|me|a\s+\w+|\w+\s+(?:people|users|seats))\b",
        BacktrackingOptions)]
    private static partial Regex PricingSpokenPattern();

    private static readonly GuardedRegex PricingSpokenGuarded = new(PricingSpokenPattern());

    public static GuardedRegex PricingSpoken() => PricingSpokenGuarded;

    /// <summary>
    /// Word stems that any <see cref="PricingWeighed"/> match holds, so that regex runs only on the few turns that
    /// have one (it is kept apart because the other two price automata are at the engine's size limit).
    /// </summary>
    private static readonly SearchValues<string> PricingWeighedStems = SearchValues.Create(
        ["justify", "penny", "pennies", "every dollar", "every cent", "every pound", "decides", "deciding", "decisive",
            " rich", "league", "pricier", "costlier", "jump", "step up", "stomach", "just to", "just for", "high", "idle", "unused", "never use", "never touch", "don't use", "don’t use", "wasteful"], StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the text may hold a <see cref="PricingWeighed"/> phrase.</summary>
    public static bool MayWeighPrice(string text) => text.AsSpan().ContainsAny(PricingWeighedStems);

    /// <summary>
    /// Price weighed as what decides: a spend the user doubts they can defend ("I doubt we could justify that spend"),
    /// money watched closely ("we're watching every penny"), the price as the deciding factor ("cost is really what decides it").
    /// </summary>
    [GeneratedRegex(
        @"\b(?:couldn['’]?t|cannot|hard\s+to|tough\s+to|doubt\s+(?:we|i)\s+(?:can|could)|not\s+sure\s+(?:we|i)\s+(?:can|could))\s+(?:really\s+)?justify\s+(?:the|that|this|that\s+kind\s+of|the\s+\w+)\s+(?:cost|price|spend|spending|expense|money)\b"
        + @"|\b(?:watch|watching|count|counting)\s+every\s+(?:penny|dollar|cent|pound)\b|\bpinch(?:ing)?\s+pennies\b"
        + @"|\b(?:price|pricing|cost|budget)\s+(?:is\s+)?(?:really\s+|definitely\s+|honestly\s+)?(?:what\s+decides|the\s+(?:deciding|decisive)\s+factor)\b"
        // price idioms: "a bit rich", "out of our league", "can't stomach that", "the price is a little bit high"
        + @"|\b(?:a\s+(?:bit|little|tad)|little\s+bit|bit|rather|too|way\s+too)\s+rich\b|\bout\s+of\s+(?:our|my|their)\s+league\b|\b(?:can['’]?t|cannot|couldn['’]?t|hard\s+to)\s+stomach\b"
        + @"|\b(?:price|prices|pricing|cost|costs|fee|fees|rate|rates|subscription|it|that)\s+(?:is|are|['’]s|seems?|looks?|feels?)\s+(?:a\s+)?(?:little\s+|bit\s+|tad\s+|quite\s+|pretty\s+|too\s+|very\s+|kind\s+of\s+|kinda\s+|rather\s+){1,2}high\b"
        // paying for what goes unused, or for a bigger plan just to get one thing ("seats that sit idle", "the business plan just to get the CRM sync")
        + @"|\bpay(?:ing)?\s+for\s+(?:\w+\s+){0,4}?(?:seats?|licen[cs]es?|users?|features?|stuff|things)\s+(?:that\s+|which\s+|we\s+|nobody\s+|no\s+one\s+|the\s+\w+\s+)?(?:\w+\s+)?(?:sit\s+idle|idle|unused|never\s+(?:use|touch)|don['’]?t\s+(?:use|need)|won['’]?t\s+(?:use|need))\b|\bwasteful\b"
        + @"|\b(?:pricier|costlier)\b|\b(?:big|huge|massive|steep|large|quite\s+a)\s+(?:jump|step\s+up)\b"
        + @"|\b(?:pay(?:ing)?(?:\s+for)?|upgrad(?:e|ing)\s+to|buy(?:ing)?)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}?(?:plan|tier|edition|package|upgrade)\s+just\s+(?:to|for)\b",
        Options)]
    private static partial Regex PricingWeighedPattern();

    private static readonly GuardedRegex PricingWeighedGuarded = new(PricingWeighedPattern());

    public static GuardedRegex PricingWeighed() => PricingWeighedGuarded;

    /// <summary>A sentence about the tool in use today ("we're using X and it's expensive", "our current vendor").</summary>
    [GeneratedRegex(
        @"\b(?:right\s+now|currently|today|at\s+the\s+moment)\b[^.?!]{0,40}\b(?:use|using|on|with|pay|paying)\b|\b(?:we|i)['’]?(?:re|\s+are|\s+am|m)?\s+(?:currently\s+)?(?:using|paying\s+for)\b|\bour\s+(?:current|old|existing)\s+(?:tool|vendor|provider|system|platform|plan)\b",
        Options)]
    private static partial Regex IncumbentContextPattern();

    private static GuardedRegex? IncumbentContextGuarded;

    public static GuardedRegex IncumbentContext() => IncumbentContextGuarded ??= new(IncumbentContextPattern());

    /// <summary>Price complaints about the incumbent ("it's gotten expensive", "they're raising our price").</summary>
    [GeneratedRegex(
        @"\b(?:gotten|getting|become|became|got|grown)\s+(?:more\s+|too\s+|really\s+|so\s+|very\s+)?(?:expensive|pricey|pricy|costly)\b"
        + @"|\b(?:raising|raised|hiking|hiked|increasing|increased)\s+(?:our|the|their)\s+(?:price|prices|rates?)\b|\bprice\s+(?:increase|hike)\b",
        Options)]
    private static partial Regex IncumbentPricingPattern();

    private static GuardedRegex? IncumbentPricingGuarded;

    public static GuardedRegex IncumbentPricing() => IncumbentPricingGuarded ??= new(IncumbentPricingPattern());

    [GeneratedRegex(
        @"\blocked\s+in(?:to)?\b|\b(?:stuck|tied)\s+(?:in(?:to)?|with)\s+(?:a|an|our|the)\s+(?:\w+[- ]?){0,2}(?:contract|agreement|licen[cs]e|subscription)\b"
        + @"|\b(?:under|in)\s+(?:a|an)\s+(?:\w+[- ]?){0,2}(?:year|annual|multi-year|long-term)\s+(?:contract|agreement|commitment)\b"
        + @"|\bthrough\s+(?:the|our|a|an)\s+(?:\w+\s+)?(?:state|enterprise|company|campus|corporate|county|group|parent|master|district|university|federal|government)\s+(?:contract|agreement|licen[cs]e|deal)\b"
        + @"|\b(?:campus|company|enterprise|org|organization|site|district|university|firm|group|system)[- ]wide\s+(?:\w+\s+)?(?:licen[cs]e|contract|agreement|deal)\b"
        + @"|\b(?:signed|have|got|on|into)\s+(?:a|an)\s+(?:\w+[- ]){0,2}(?:year|annual|multi-year|long-term)\s+(?:contract|agreement|deal|commitment)\b|\bstuck\s+with\s+(?:them|it|that)\s+(?:until|till|through|for)\b"
        + @"|\benterprise\s+agreement\b|\b(?:just|already)\s+renewed\b|\bcan['’]?t\s+(?:get\s+out\s+of|break)\s+(?:the|our|that|this)\b|\bcontract\s+(?:runs|goes)\s+(?:until|through|till)\b"
        + @"|\b(?:cancellation|termination|exit)\s+(?:fee|penalty|penalties|terms)\b|\bearly\s+termination\b"
        + @"|\b(?:on|under|in)\s+(?:a|an|the|that|our|their)\s+(?:[\w'’-]+\s+){0,3}?(?:contract|agreement|licen[cs]e|term)\s+(?:with\s+(?:\w+\s+){1,2})?(?:until|till|through|thru)\b"
        + @"|\bstuck\s+(?:in|with|on)\s+(?:their|its|his|her)\s+(?:\w+\s+)?(?:contract|agreement|licen[cs]e)\b|\b(?:realistically|basically|so)\s+we['’]?re\s+stuck\b"
        // a contract with the incumbent that runs to a date, said any way ("contract with them that runs through March", "contract with adobe until december")
        + @"|\b(?:contract|agreement|licen[cs]e|subscription)\s+with\s+(?:them|\w+)\s+(?:\w+\s+)?(?:(?:that|which)\s+)?(?:(?:runs|goes|lasts|is\s+good)\s+)?(?:until|till|through|thru)\b"
        + @"|\b(?:can['’]?t|cannot|can\s+not|cant)\s+(?:just\s+|really\s+|easily\s+)?(?:break|cancel|exit|get\s+out\s+of)\s+(?:it|that|them)\b"
        // money already paid to the incumbent for a period ("we prepaid zoho for two years", "already paid through June", "paid up front for the year")
        + @"|\b(?:we|i|they|owner|boss|company|already|just)\s+(?:already\s+|just\s+)?(?:pre-?paid|paid\s+(?:\w+\s+){0,3}(?:up\s*front|in\s+advance|ahead))\b"
        + @"|\b(?:already|we|we['’]?re|we\s+are|it['’]?s)\s+(?:already\s+)?(?:paid|paid\s+up)\s+(?:through|thru|until|till)\b"
        // a fresh term with the incumbent or a company standard ("we just signed another two years with them", "the whole company is standardized on X")
        + @"|\b(?:signed|renewed|committed|extended|locked)\s+(?:(?:up\s+)?(?:for|on)\s+)?(?:another|a\s+(?:new|fresh|further))\s+(?:\w+[- ]){0,2}(?:years?|months?|term)\b|\bstandardi[sz]ed\s+on\b"
        + @"|\bcommitted\s+to\s+(?:them|\w+(?:\s+\w+)?)\s+(?:through|thru|until|till|for\s+(?:another|the\s+next))\b",
        Options)]
    private static partial Regex LockInPattern();

    private static GuardedRegex? LockInGuarded;

    public static GuardedRegex LockIn() => LockInGuarded ??= new(LockInPattern());

    /// <summary>An incumbent the user would need a reason to leave ("any new tool has to be clearly better to justify it").</summary>
    [GeneratedRegex(
        @"\b(?:need|needs|have|has)\s+(?:to\s+be\s+)?(?:a\s+)?(?:really\s+|very\s+|clearly\s+|much\s+|significantly\s+|way\s+)?(?:good\s+reason|better|compelling\s+(?:reason|case))\s+to\s+(?:justify|switch|use\s+something\s+else|move|change|leave)\b",
        Options)]
    private static partial Regex SwitchJustificationPattern();

    private static GuardedRegex? SwitchJustificationGuarded;

    public static GuardedRegex SwitchJustification() => SwitchJustificationGuarded ??= new(SwitchJustificationPattern());

    [GeneratedRegex(
        @"\b(?:can['’]?t|cannot|couldn['’]?t|won['’]?t\s+be\s+able\s+to|not\s+able\s+to|can\s+not)\s+(?:\w+\s+){0,2}?(?:switch|roll\s+(?:\w+\s+)?out|start|implement|move|change|adopt|onboard|take\s+(?:this|it|anything)\s+on|do\s+anything|look\s+at\s+(?:this|it))\b[^.?!]{0,40}?\b(?:until|till|before|right\s+now|this\s+(?:quarter|month|year))\b"
        + @"|\bnot\s+(?:right\s+)?now\b|\bnot\s+this\s+(?:quarter|month|year|week|season)\b|\bmaybe\s+(?:later|next\s+(?:year|quarter|month))\b|\b(?:check|circle|come)\s+back\s+(?:in|next|after|later)\b"
        + @"|\b(?:busiest|bad|busy|crazy|hectic|worst)\s+time\b|\btoo\s+busy\b|\bmiddle\s+of\s+(?:quarter[- ]?(?:end|close)|year[- ]?end|(?:our|the)\s+(?:busy|peak)\s+season|tax\s+season|(?:a|an|our)\s+(?:\w+\s+)?(?:migration|rollout|audit|reorg))"
        + @"|\bnot\s+a\s+(?:good|great)\s+time\b|\bnot\s+ready\s+(?:to|yet|for)\b|\b(?:won['’]?t|wouldn['’]?t)\s+be\s+ready\b|\bpush\s+(?:this|it|that)\s+(?:out\s+|back\s+)?(?:to|until|till)\b|\bon\s+hold\b|\b(?:budget|spending)\s+freeze\b|\bnot\s+(?:a|our)\s+(?:top\s+)?priority\b|\bother\s+priorities\b|\b(?:revisit|pick\s+(?:this|it)\s+(?:back\s+)?up)\s+(?:in|next|after)\b"
        + @"|\b(?:we['’]?re|i['’]?m|we\s+are|i\s+am)\s+(?:\w+\s+)?(?:slammed|swamped)\b|\b(?:nobody|no\s+one|none\s+of\s+us)\s+(?:has|have)\s+(?:the\s+)?time\s+(?:for\s+(?:a\s+|any\s+)?(?:new|other|another)|to\s+(?:learn|set|roll|switch|implement|take\s+on|onboard|train|start)|right\s+now)\b|\bno\s+time\s+(?:for|to)\s+(?:a\s+|any\s+)?(?:new|other|another)\b"
        + @"|\bmiddle\s+of\s+(?:the|our|a)\s+(?:\w+\s+){0,2}(?:rush|season|crunch|close|busy\s+period)\b|\b(?:difficult|bad|tough|awkward|wrong)\s+timing\b|\btiming(?:\s+is|['’]s)\s+(?:\w+\s+)?(?:bad|tough|difficult|off|wrong|hard)\b|\bdifficulty\s+is\s+(?:the\s+)?timing\b"
        + @"|\b(?:not|never)\s+(?:gonna|going\s+to)\s+(?:\w+\s+){0,3}?(?:set|roll|start|switch|implement|change|do)\b[^.?!]{0,40}?\b(?:until|till|before)\b|\b(?:budget|funds|money)\s+(?:is|are|['’]s)\s+frozen\b"
        // a wait for something to finish ("nothing's happening till the migration's done", "not adding another system until he's done")
        + @"|\b(?:nothing|not|won['’]?t|can['’]?t)\b[^.?!]{0,60}?\b(?:until|till)\s+(?:after\s+)?[^.?!]{0,40}?\b(?:done|over|finished|wrapped\s+up|settled|behind\s+us)\b"
        // busy until a date, then a later look ("flat out with weddings till September", "we'd look at this properly once the season's over")
        + @"|\b(?:flat\s+out|slammed|swamped|buried|snowed\s+under)\s+(?:with\s+(?:\w+\s+){1,2})?(?:till|until|through|thru)\b"
        + @"|\b(?:look\s+at|revisit|think\s+about|deal\s+with|get\s+to)\s+(?:this|it|that)\s+(?:\w+\s+){0,3}?(?:once|after|when)\s+(?:the|our|we|things|it)\b"
        // no room for it now ("too much going on this quarter", "our plate is full", "no bandwidth")
        + @"|\btoo\s+much\s+(?:going\s+on|on\s+(?:our|my)\s+plates?)\b|\bplates?\s+(?:is|are)\s+(?:\w+\s+)?full\b|\b(?:no|zero|don['’]?t\s+have\s+the|not\s+enough)\s+(?:bandwidth|capacity)\b"
        // a later conversation put months away ("let's talk again in six months", "reconnect next year")
        + @"|\b(?:talk|speak|chat|reconnect|touch\s+base|catch\s+up)\s+(?:again\s+)?(?:in\s+(?:a\s+few|a\s+couple\s+of|\w+)\s+months|next\s+(?:year|quarter)|in\s+the\s+new\s+year)\b",
        Options)]
    private static partial Regex TimingPattern();

    private static GuardedRegex? TimingGuarded;

    public static GuardedRegex Timing() => TimingGuarded ??= new(TimingPattern());

    /// <summary>
    /// Waiting put in other words, kept apart from <see cref="Timing"/> so each automaton stays under the engine's size
    /// limit: "hold off until the new budget", "we'll put it off", "now isn't a good time", "we can't take on a new
    /// system before spring".
    /// </summary>
    [GeneratedRegex(
        @"\bhold\s+off\s+(?:on|until|till|for|a\s+(?:bit|while|few|couple))\b|\b(?:put|push)\s+(?:this|it|that)\s+off\b|\bnow\s+(?:isn['’]?t|is\s+not)\s+(?:a\s+|the\s+)?(?:good|great|ideal|right|best)\b"
        + @"|\b(?:can['’]?t|cannot|couldn['’]?t|won['’]?t|not\s+going\s+to)\s+(?:\w+\s+)?(?:take\s+on|get\s+to|tackle)\b[^.?!]{0,40}?\b(?:until|till|before)\b"
        // waiting put in other verbs ("wait until after the holidays", "park it until Q2", "the rollout would have to wait")
        + @"|\b(?:wait|park|shelve|table|pause|defer|delay|postpone)\s+(?:(?:this|it|that|things|everything|on\s+(?:this|it|that))\s+)?(?:until|till|after|to\s+next)\b|\b(?:has|have|would\s+have|will\s+have|['’]ll\s+have|['’]d\s+have|gonna\s+have|going\s+to\s+have)\s+to\s+wait\b"
        + @"|\brevisit\s+(?:this|it|that)\s+(?:in|next|after|later|once|when)\b|\bnot\s+(?:the\s+|a\s+)?(?:right|best|ideal|good|great)\s+(?:moment|time)\s+(?:for\s+us|to\s+(?:switch|change|start|buy|roll|add|take))"
        + @"|\bnot\s+the\s+right\s+(?:moment|time)\b|\b(?:something|one|a\s+project|a\s+thing)\s+for\s+next\s+(?:year|quarter|month|spring|summer|fall|season)\b|\bnext\s+(?:year|quarter)['’]?s?\s+(?:thing|problem|project)\b"
        + @"|\bstretched\s+(?:too\s+|really\s+|pretty\s+|very\s+)?thin\b"
        // a decision or purchase refused before a later season or date ("nothing new will be decided before the end of the summer", "he's not gonna spend money till after the busy season")
        + @"|\b(?:nothing|not|never|won['’]?t|isn['’]?t)\s+(?:[\w'’]+\s+){0,3}?(?:decided|decide|spend|spending|buy|buying|purchase|purchasing|sign|signing|approve|approving|commit|invest)\b[^.?!]{0,30}?\b(?:until|till|til|before)\s+(?:after\s+)?(?:[\w'’]+\s+){0,4}?(?:season|summer|spring|fall|autumn|winter|holidays|year|quarter|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|q[1-4])\b"
        + @"|\bnot\s+in\s+a\s+position\s+to\s+(?:\w+\s+){0,3}?(?:this\s+(?:quarter|month|year)|right\s+now|yet|until|till|before)\b"
        + @"|\bgive\s+(?:us|me)\s+(?:a\s+few|a\s+couple(?:\s+of)?|some|\w+)\s+(?:more\s+)?(?:months|weeks|quarters)\b|\b(?:a\s+lot|too\s+much|enough)\s+on\s+(?:our|my)\s+plates?\b",
        Options)]
    private static partial Regex DeferralPattern();

    private static GuardedRegex? DeferralGuarded;

    public static GuardedRegex Deferral() => DeferralGuarded ??= new(DeferralPattern());

    /// <summary>A later date that money or a decision waits for ("until the new fiscal year", "before April").</summary>
    [GeneratedRegex(
        @"\b(?:until|till|before|after|in|from)\s+(?:the\s+)?(?:new\s+(?:fiscal\s+|budget\s+|financial\s+)?year|next\s+(?:year|quarter|fiscal|budget)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|q[1-4]|spring|summer|fall|autumn|winter)\b"
        + @"|\b(?:fiscal|budget|financial)\s+year\s+(?:starts|begins|rolls\s+over)\b",
        Options)]
    private static partial Regex LaterDatePattern();

    private static GuardedRegex? LaterDateGuarded;

    public static GuardedRegex LaterDate() => LaterDateGuarded ??= new(LaterDatePattern());

    /// <summary>Adoption and process objections: change-averse staff, a formal procurement process.</summary>
    [GeneratedRegex(
        @"\b(?:not|aren['’]?t|isn['’]?t)\s+(?:very\s+|really\s+|super\s+)?(?:computer|tech|technology|techy|digital)[- ]?(?:people|guys|folks|savvy|literate|minded|person)\b"
        + @"|\b(?:going\s+to|gonna)\s+be\s+a\s+(?:fight|battle|struggle|tough\s+sell|hard\s+sell)\b|\bresist(?:ant|ance)?\s+(?:to\s+)?change\b|\bchange\s+management\b|\blearning\s+curve\b"
        + @"|\b(?:get|getting)\s+(?:them|people|everyone|my\s+\w+|our\s+\w+|the\s+team|staff)\s+to\s+(?:actually\s+)?(?:use|adopt|switch|learn)\b|\binternal\s+politics\b"
        + @"|\b(?:gonna|going\s+to|will|would)\s+fight\s+(?:this|it|us|me|that|the\s+change)\b"
        // people who will not take to it ("he doesn't do computers", "they'll need hand-holding")
        + @"|\b(?:get|getting)\s+(?:them|people|everyone|my\s+\w+|our\s+\w+|the\s+team|staff)\s+on\s+board\b|\b(?:doesn['’]?t|don['’]?t|does\s+not|do\s+not)\s+do\s+(?:computers|technology|tech|email)\b|\b(?:set|stuck)\s+in\s+(?:their|his|her|our)\s+ways\b|\btechnophob\w*|\bhand-?holding\b"
        // people who will not sign on a screen ("they don't trust a screen", "they wanna sign in ink"); not having email is
        // left out: it usually asks for another way to send (a feature), not against the purchase
        + @"|\b(?:don['’]?t|doesn['’]?t|won['’]?t|wouldn['’]?t)\s+trust\s+(?:a|the|any)\s+(?:screen|computer|phone|tablet|app|e-?signatures?|electronic\s+\w+)\b"
        + @"|\b(?:want|wants|wanna|prefer|prefers|insist\s+on|like)\s+(?:to\s+)?sign(?:ing)?\s+(?:in|with)\s+(?:ink|pen|wet\s+ink|paper)\b"
        + @"|\b(?:won['’]?t|wouldn['’]?t|refuse\s+to|don['’]?t\s+want\s+to)\s+sign\s+(?:anything\s+|things\s+|stuff\s+)?(?:on\s+(?:a|the|their|his|her)\s+(?:phone|screen|computer|tablet)|online|electronically)\b"
        // outreach the user is tired of ("your sales people have emailed me like six times")
        + @"|\b(?:emailed|called|pinged|messaged|texted|spammed|hounded|chased)\s+(?:me|us)\s+(?:like\s+|about\s+)?(?:\w+|\d+)\s+times\b"
        // people who will not take up a new tool ("getting twenty agents to use a new tool", "they'll hate learning another system", "won't bother with it")
        + @"|\b(?:get|getting)\s+(?:\w+\s+){0,2}?(?:agents|staff|people|employees|team|users|reps|folks|guys|everyone|everybody|crew|teachers|drivers|nurses|volunteers)\s+to\s+(?:actually\s+)?(?:use|adopt|switch|learn|change)\b"
        + @"|\b(?:hate|resent|resist|fight|struggle\s+with|won['’]?t\s+(?:want\s+to\s+)?learn)\s+(?:learning\s+|using\s+|switching\s+to\s+)?(?:another|a\s+new|yet\s+another|new)\s+(?:system|tool|platform|app|software|program|process)\b"
        + @"|\b(?:won['’]?t|wouldn['’]?t|will\s+not|never)\s+(?:actually\s+|really\s+)?(?:bother|stick\s+with\s+it|get\s+used\s+to)\b"
        + @"|\b(?:they|he|she|people|staff|partners|agents|everyone)\s+(?:\w+\s+)?(?:won['’]?t|wouldn['’]?t|don['’]?t\s+want\s+to|refuse\s+to)\s+change\b",
        Options)]
    private static partial Regex OtherPattern();

    private static GuardedRegex? OtherGuarded;

    public static GuardedRegex Other() => OtherGuarded ??= new(OtherPattern());

    /// <summary>
    /// A formal buying procedure (an RFP, three quotes, a tender): a step of the purchase, an "other" objection only
    /// when the user frames it as an obstacle (see <c>ObjectionDetector.AddProcurementObstacle</c>). Each phrase here
    /// must stay a phrase of <see cref="SwitchingBarrierFinder.Procurement"/>: the detector reads this cue only where that one matches.
    /// </summary>
    [GeneratedRegex(@"\brfp\b|\brequest\s+for\s+proposals?\b|\b(?:three|3|multiple|several)\s+(?:quotes|bids)\b|\bprocurement\s+process\b|\btender\b", Options)]
    private static partial Regex ProcurementProcessPattern();

    private static GuardedRegex? ProcurementProcessGuarded;

    public static GuardedRegex ProcurementProcess() => ProcurementProcessGuarded ??= new(ProcurementProcessPattern());
}
