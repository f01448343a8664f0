using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using static VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons.Lexicon;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>
/// Words that place a business in an industry, weighted: 1 names the industry ("law firm", "freight brokerage"),
/// lower weights only hint at it ("patients", "tenants") and need company. Ambiguous words ("brokerage",
/// "agency", "carrier", "shop") are left out on their own and appear only in longer phrases.
/// </summary>
internal static class IndustryVocabulary
{
    private const TermKind Kind = TermKind.Industry;
    private const double Strong = 1.0;
    private const double Medium = 0.6;
    private const double Weak = 0.3;

    /// <summary>Below any hint: the word names the trade only as what the user makes or sells ("I build ordering apps").</summary>
    public const double OwnProductOnly = 0.01;

    public static readonly LexiconEntry[] Entries =
    [
        .. Terms(Kind, "healthcare", Strong, TermGuard.None, "healthcare", "health care", "clinic", "clinics", "dental", "dentist", "dentistry", "orthodontics", "hospital", "hospitals", "medical practice", "medical group", "physical therapy", "physiotherapy", "chiropractic", "chiropractor", "pharmacy", "home health", "nursing home", "senior living", "med spa", "urgent care", "optometry", "dermatology", "pediatrics", "behavioral health", "mental health practice", "therapy practice", "veterinary", "vet clinic", "physio", "physios", "physiotherapist", "physiotherapists", "dental office", "dental practice"),
        .. Terms(Kind, "healthcare", Weak, TermGuard.None, "patient", "patients", "therapist", "therapists", "hipaa"),
        .. Terms(Kind, "legal", Strong, TermGuard.None, "law firm", "law firms", "law office", "law practice", "legal practice", "litigation", "legal services", "practice law", "family law", "employment law", "immigration law", "criminal defense", "criminal defence", "personal injury", "estate planning", "solicitor", "solicitors", "conveyancing", "probate", "barrister", "barristers", "law practice"),
        .. Terms(Kind, "legal", Medium, TermGuard.None, "paralegal", "paralegals"),
        .. Terms(Kind, "legal", Medium, TermGuard.None, "attorney", "attorneys", "lawyer", "lawyers"),
        .. Terms(Kind, "legal", Weak, TermGuard.None, "managing partner"),
        .. Terms(Kind, "real_estate", Strong, TermGuard.None, "real estate", "real state", "real state agency", "realtor", "realtors", "realty", "property management", "property manager", "rental properties", "landlord", "apartment", "apartments", "leasing office", "homebuilder", "brokerage listings", "buyer's agent", "buyer's agents", "buyers agents", "showings", "listing agreement", "listing agreements", "listing presentation", "listing presentations", "commercial properties", "residential properties", "rental property", "investment properties", "manage rentals", "manage properties", "retail space", "retail strips", "retail strip", "retail centers", "office space", "property portfolio", "letting agency", "letting agent", "lettings"),
        .. Terms(Kind, "real_estate", Weak, TermGuard.None, "tenant", "tenants", "listings", "leasing", "units", "properties", "rentals"),
        .. Terms(Kind, "finance", Strong, TermGuard.None, "wealth management", "financial advisor", "financial advisors", "financial planning", "financial services", "bookkeeping", "accounting firm", "accounting practice", "cpa firm", "tax preparation", "cpa", "cpas", "tax firm", "tax practice", "lending", "lender", "mortgage", "banking", "credit union", "investment firm", "registered investment advisor", "investment advisor", "investment advisors", "equipment finance", "finance company", "financing company", "private equity", "venture capital", "asset management", "fintech", "wealth advisory", "wealth advisors", "investment advisory", "wealth manager", "wealth managers"),
        .. Terms(Kind, "finance", Medium, TermGuard.None, "wealth", "kyc", "loan", "loans", "advisors", "custodian", "tax season", "bank", "accounting"),
        .. Terms(Kind, "finance", Medium, TermGuard.None, "accountants", "accountant"),
        .. Terms(Kind, "insurance", Strong, TermGuard.None, "insurance", "insurer", "underwriting", "underwriter", "policyholders", "insurance agency", "insurance brokerage"),
        .. Terms(Kind, "insurance", Weak, TermGuard.None, "policies", "policy", "claims"),
        // What an agent or broker sells: lines of coverage name the trade as firmly as "insurance" does.
        .. Terms(Kind, "insurance", Strong, TermGuard.None, "insurance broker", "insurance brokers", "insurance agent", "insurance agents", "general liability", "professional liability", "errors and omissions", "workers comp", "workers compensation", "workman's comp", "workmans comp", "commercial coverage", "liability coverage", "property and casualty", "commercial auto", "benefits broker", "benefits brokerage", "reinsurance", "annuities"),
        .. Terms(Kind, "insurance", Weak, TermGuard.None, "coverage", "premiums", "deductibles"),
        .. Terms(Kind, "education", Strong, TermGuard.None, "school", "schools", "university", "college", "academy", "school district", "education", "campus", "k 12", "tutoring", "preschool", "daycare"),
        .. Terms(Kind, "education", Medium, TermGuard.None, "admissions", "enrollment", "students", "faculty"),
        .. Terms(Kind, "software", Strong, TermGuard.None, "saas", "software company", "software startup", "software business", "tech company", "tech startup", "software vendor", "b2b saas", "developer tools", "dev tools", "ci tooling", "b2b software", "enterprise software", "custom software", "software development", "dev shop", "development shop", "software house", "app development", "developer tooling", "developer tool", "software engineering"),
        .. Terms(Kind, "software", Weak, TermGuard.None, "startup", "our app", "our platform", "engineers", "software"),
        // Software products: on their own a question about PandaDoc's apps, as what the user builds or sells their trade.
        .. Terms(Kind, "software", OwnProductOnly, TermGuard.None, "apps", "games", "mobile games", "video games", "software products", "web apps", "mobile apps"),
        .. Terms(Kind, "marketing_agency", Strong, TermGuard.None, "marketing agency", "digital agency", "creative agency", "ad agency", "advertising agency", "branding agency", "pr agency", "seo agency", "media agency", "web agency", "design agency", "marketing firm", "design studio", "branding studio", "creative studio", "branding firm", "social agency", "social media agency", "paid ads", "paid social", "paid media", "digital marketing", "performance marketing", "social media marketing", "content agency", "growth agency", "ppc agency", "influencer marketing"),
        .. Terms(Kind, "marketing_agency", Weak, TermGuard.None, "media", "marketing", "campaigns"),
        .. Terms(Kind, "construction", Strong, TermGuard.None, "construction", "general contractor", "contracting company", "builders", "builder", "remodeling", "renovation", "roofing", "plumbing", "electrical contractor", "hvac", "landscaping", "concrete contractor", "concrete company", "concrete outfit", "commercial concrete", "excavation", "paving", "drywall", "masonry", "general contracting", "framing contractor", "heating and air", "heating and cooling", "air conditioning", "gutters", "electrician", "electricians", "plumber", "plumbers", "roofer", "roofers", "painting contractor", "flooring"),
        .. Terms(Kind, "construction", Medium, TermGuard.None, "subcontractor", "subcontractors", "estimators", "job site", "job sites"),
        .. Terms(Kind, "manufacturing", Strong, TermGuard.None, "metal stamping", "stamping company", "injection molding", "plastic molding", "foundry", "cnc", "sheet metal", "metal fabrication", "extrusion", "assembly plant", "production line", "plant manager", "manufacturing", "manufacturer", "manufacture", "factory", "factories", "industrial", "machine shop", "fabrication", "production plant", "machining", "precision parts", "we fabricate"),
        .. Terms(Kind, "manufacturing", Medium, TermGuard.None, "we make", "we produce"),
        // Where goods are made: a plant, mill or production floor of the user's own.
        .. Terms(Kind, "manufacturing", Strong, TermGuard.None, "our plant", "our own plant", "our plants", "production facility", "manufacturing facility", "production floor", "plant floor", "assembly line", "millwork", "woodworking", "cabinet shop", "cabinet shops", "cabinetmaker", "cabinetmakers", "cabinet maker", "cabinet makers", "fab shop", "welding shop", "machine shops", "contract manufacturer", "contract manufacturing"),
        .. Terms(Kind, "manufacturing", Weak, TermGuard.None, "distributors", "parts"),
        .. Terms(Kind, "nonprofit", Strong, TermGuard.None, "nonprofit", "non profit", "not for profit", "charity", "charitable", "food bank", "ngo", "501c3", "501 c 3"),
        .. Terms(Kind, "nonprofit", Medium, TermGuard.None, "donors", "grants", "foundation"),
        .. Terms(Kind, "nonprofit", Weak, TermGuard.None, "volunteers", "volunteer"),
        .. Terms(Kind, "hr_staffing", Strong, TermGuard.None, "staffing", "recruiting agency", "recruiting firm", "recruitment agency", "recruitment", "staffing agency", "talent agency", "headhunting", "peo", "hr consultancy", "we place", "staffing firm", "temp agency", "temping agency", "temp staffing", "light industrial"),
        .. Terms(Kind, "hr_staffing", Medium, TermGuard.None, "recruiters", "recruiting", "placements"),
        .. Terms(Kind, "retail", Strong, TermGuard.None, "retail", "retailer", "stores", "my store", "our store", "furniture store", "grocery store", "clothing store", "retail store", "e commerce", "ecommerce", "online store", "showroom", "boutique", "boutiques", "clothing", "apparel", "home decor", "gift shop", "bookstore", "jewelry store", "store managers", "store manager", "online shop", "web shop", "webshop", "etsy shop", "shopify store", "home goods"),
        .. Terms(Kind, "retail", Medium, TermGuard.None, "the store", "furniture", "shop floor"),
        .. Terms(Kind, "consulting", Strong, TermGuard.None, "consulting", "consultancy", "consulting firm", "management consultant", "independent consultant"),
        .. Terms(Kind, "consulting", Medium, TermGuard.None, "consultant", "consultants"),
        .. Terms(Kind, "consulting", Strong, TermGuard.None, "management consulting", "strategy consulting", "strategy consultancy", "consulting practice", "consulting company", "consultancies", "business advisory", "strategy firm", "we consult", "operations consulting"),
        // The work an adviser to businesses does for them ("we help companies with their strategy").
        .. Terms(Kind, "consulting", Medium, TermGuard.None, "business strategy", "corporate strategy", "growth strategy", "their strategy", "strategy work", "strategy projects", "strategic planning", "reorganisation", "reorganization", "reorganisations", "reorganizations", "change management", "process improvement", "operational improvement"),
        .. Terms(Kind, "government", Strong, TermGuard.None, "municipal", "municipality", "city council", "government", "public sector", "state agency", "federal agency", "permits office", "town hall", "public library", "city hall", "parks and recreation", "parks and rec", "parks department", "public works", "township"),
        .. Terms(Kind, "government", Medium, TermGuard.None, "county", "city of", "procurement office"),
        // Job titles that exist only in local government.
        .. Terms(Kind, "government", Strong, TermGuard.None, "town clerk", "city clerk", "county clerk", "clerk's office", "town manager", "city manager", "selectboard", "board of selectmen"),
        .. Terms(Kind, "hospitality", Strong, TermGuard.None, "hotel", "hotels", "resort", "event venue", "venue", "restaurant", "restaurants", "catering", "inn", "bed and breakfast", "hospitality", "events company", "event company", "event planning", "event planner", "event planners",
            "inns", "resorts", "venues", "motel", "motels", "hostel", "hostels", "lodge", "lodges", "guesthouse", "guesthouses", "guest house", "guest houses", "bed and breakfasts", "b and b", "wedding venue", "wedding venues", "banquet hall", "banquet halls", "caterer", "caterers", "catering company", "food truck", "food trucks", "campground", "campgrounds", "glamping"),
        .. Terms(Kind, "automotive", Strong, TermGuard.None, "dealership", "car dealer", "auto dealer", "automotive", "auto repair", "body shop", "auto group", "motors"),
        .. Terms(Kind, "automotive", Medium, TermGuard.None, "cars", "vehicles", "vehicle", "rooftops"),
        .. Terms(Kind, "logistics", Strong, TermGuard.None, "freight", "logistics", "trucking", "shipping company", "3pl", "freight brokerage", "courier", "warehousing", "movers", "moving company", "residential moving", "commercial moving", "moving and storage"),
        // Documents and roles only one trade has: a freight broker's rate confirmations, a dealer's buyer's orders, an
        // insurance agency's policy applications and CSRs, a builder's change orders and lien waivers. They place the
        // user's own business as a hint would (a self-description still wins), and hide the shorter word inside
        // ("retail installment contract" is a car dealer's, not a shop's).
        .. Terms(Kind, "insurance", Medium, TermGuard.None, "policy application", "policy applications", "insurance application", "insurance applications", "commercial policies", "commercial lines", "personal lines", "csr", "csrs"),
        .. Terms(Kind, "automotive", Medium, TermGuard.None, "buyer's order", "buyer's orders", "buyers order", "buyers orders", "retail installment contract", "retail installment contracts", "retail installment"),
        .. Terms(Kind, "logistics", Medium, TermGuard.None, "rate confirmation", "rate confirmations", "rate con", "rate cons", "bill of lading", "bills of lading"),
        .. Terms(Kind, "construction", Medium, TermGuard.None, "change order", "change orders", "lien waiver", "lien waivers"),
        // Weight 0: longer phrases that hide an industry word describing people or an event, not the company
        // ("high school kids" who work there, "insurance claim work" a roofer does).
        .. Terms(Kind, "none", 0, TermGuard.None, "high school kids", "college kids", "high school students", "college students", "insurance claim", "insurance claims", "insurance work"),
        // Weight 0: "school" as a time or a modifier ("after school clubs", "the school year", "school uniforms"), not
        // a school the user is.
        .. Terms(Kind, "none", 0, TermGuard.None, "after school", "afterschool", "school year", "school years", "school term", "school terms", "school holidays", "school holiday", "school day", "school days", "school run", "back to school", "school supplies", "school uniform", "school uniforms", "school photos", "school pictures", "school age", "school kids"),
        // Weight 0: a builder of documents or pages is a software feature ("the quote builder is why I'm here"), never
        // a building trade.
        .. Terms(Kind, "none", 0, TermGuard.None, "quote builder", "quote builders", "proposal builder", "proposal builders", "form builder", "forms builder", "template builder", "document builder", "doc builder", "contract builder", "pricing builder", "workflow builder", "report builder", "website builder", "site builder", "page builder", "landing page builder"),
        .. Terms(Kind, "logistics", Medium, TermGuard.None, "dispatch", "shipments", "tms", "fleet"),
    ];
}
