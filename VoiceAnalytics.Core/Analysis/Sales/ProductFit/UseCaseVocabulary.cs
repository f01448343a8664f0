using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using static VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons.Lexicon;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>
/// Document types users send, mapped to the use-case labels. Engagement letters, rate confirmations and buyer's
/// orders are contracts; offer letters and new-hire paperwork are HR documents; permission slips, model releases and
/// waivers are consent forms; an order form is a quote.
/// </summary>
internal static class UseCaseVocabulary
{
    private const TermKind Kind = TermKind.UseCase;

    public static readonly LexiconEntry[] Entries =
    [
        .. Terms(Kind, "proposals", "proposal", "proposals", "sales proposal", "sales proposals", "pitch deck", "pitch decks", "project proposals"),
        .. Terms(Kind, "contracts",
            "contract", "contracts", "agreement", "agreements", "engagement letter", "engagement letters", "rate confirmation",
            "rate confirmations", "rate cons", "buyer's order", "buyers order", "buyer's orders", "buyers orders", "purchase agreement",
            "purchase agreements", "service agreement", "service agreements", "msa", "msas", "master service agreements", "master services agreement", "master services agreements",
            "commitment letter", "commitment letters",
            "subcontractor agreement", "subcontractor agreements", "retainer", "retainers", "retainer agreement",
            "terms of business", "letter of intent", "letters of intent", "purchase offer", "purchase offers",
            "rental agreement", "rental agreements", "facility rental", "facility use agreement", "facility use agreements",
            // Agreements named by who signs them or what they settle: a film crew's deal memo, a supplier's supply agreement.
            "deal memo", "deal memos", "crew deal memo", "crew deal memos", "crew agreement", "crew agreements", "talent agreement",
            "talent agreements", "booking agreement", "booking agreements", "supply agreement", "supply agreements",
            "contractor agreement", "contractor agreements", "independent contractor agreement", "independent contractor agreements",
            "consulting agreement", "consulting agreements", "license agreement", "license agreements", "licensing agreement",
            "licensing agreements"),
        .. Terms(Kind, "quotes", "quote", "quotes", "quoting", "bid", "bids", "estimates", "price quote", "price quotes", "quotation", "quotations", "order form", "order forms", "cpq", "pricing proposals"),
        .. Terms(Kind, "ndas", "nda", "ndas", "non disclosure", "non disclosure agreement", "non disclosure agreements", "nondisclosure", "confidentiality agreement", "confidentiality agreements", "mutual nda"),
        .. Terms(Kind, "onboarding", 1.0, TermGuard.NotToolOnboarding, "onboarding", "onboard"),
        .. Terms(Kind, "onboarding", "client onboarding", "customer onboarding", "onboarding packet", "onboarding packets", "welcome packet", "welcome packets", "new client paperwork", "account opening"),
        .. Terms(Kind, "hr_documents",
            "offer letter", "offer letters", "offer packet", "offer packets", "new hire", "new hires", "new hire paperwork",
            "employee onboarding", "new hire onboarding", "staff onboarding", "employment agreement", "employment agreements",
            "employment contract", "employment contracts", "employee handbook", "handbook", "handbook acknowledgment",
            "handbook acknowledgments", "hr documents", "hr paperwork", "hr forms", "w 4", "w 4s", "i 9", "i 9s", "w4", "w4s", "i9", "i9s",
            "policy acknowledgments", "onboarding paperwork for new employees", "staff contract", "staff contracts",
            "employee agreement", "employee agreements", "starter pack", "starter packs", "new starter pack", "new starter packs", "employee contract", "employee contracts",
            // The offer and placement letters by their other names ("appointment letters" in Indian English, a temp's
            // "assignment letter").
            "appointment letter", "appointment letters", "joining letter", "joining letters", "assignment letter",
            "assignment letters", "assignment packet", "assignment packets", "employment letter", "employment letters",
            "contract of employment", "contracts of employment", "offer of employment", "job offer letter", "job offer letters"),
        .. Terms(Kind, "invoices", 1.0, TermGuard.NotVendorBilling, "invoice", "invoices", "invoicing"),
        .. Terms(Kind, "forms",
            "forms", "intake", "intake form", "intake forms", "disclosure",
            "disclosures", "disclosure form", "disclosure forms", "sign up sheet", "sign up sheets", "survey forms",
            "registration form", "registration forms", "request forms", "checklist", "checklists"),
        .. Terms(Kind, "forms", 1.0, TermGuard.ModifiedNoun, "application"),
        .. Terms(Kind, "forms", 1.0, TermGuard.FiledApplications, "applications"),
        .. Terms(Kind, "forms", 1.0, TermGuard.DocumentForm, "form"),
        .. Terms(Kind, "forms", 1.0, TermGuard.NotSecurityReview, "questionnaire", "questionnaires"),
        .. Terms(Kind, "sows", "sow", "sows", "statement of work", "statements of work", "scope of work", "scopes of work"),
        .. Terms(Kind, "leases", "lease", "leases", "lease agreement", "lease agreements", "tenancy agreement", "tenancy agreements", "lease renewals", "residential lease", "residential leases"),
        .. Terms(Kind, "consent_forms",
            "consent form", "consent forms", "consent", "consents", "permission slip", "permission slips", "permission form", "permission forms", "model release",
            "model releases", "photo release", "photo releases", "release form", "release forms", "waiver", "waivers",
            "liability waiver", "liability waivers", "authorization form", "authorization forms", "consent to treat",
            // Consent said as permission, authorization or a release for a treatment, a person's data or their image.
            "permission to treat", "permission for treatment", "permission for the treatment", "permission for the procedure",
            "permission for procedures", "treatment consent", "procedure consent", "authorization to treat",
            "treatment authorization", "treatment authorizations", "medical release", "medical releases", "media release",
            "media releases", "hipaa release", "hipaa releases", "hipaa authorization", "hipaa authorizations",
            "release of information", "parental permission",
            // A production's releases: the people, places and images filmed.
            "appearance release", "appearance releases", "talent release", "talent releases", "location release",
            "location releases", "image release", "image releases", "likeness release", "likeness releases", "video release",
            "video releases", "recording release", "recording releases"),
        .. Terms(Kind, "consent_forms", 1.0, TermGuard.SignContext, "release", "releases"),
    ];
}
