using static VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicon;

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

    public static readonly LexiconEntry[] Entries =
    [
        .. Terms(Kind, "healthcare", Strong, TermGuard.None, "healthcare", "health care", "clinic", "clinics", "dental", "dentist", "dentistry", "orthodontics", "hospital", "hospitals", "medical practice", "medical group", "physical therapy", "physiotherapy", "chiropractic", "chiropractor", "pharmacy", "home health", "nursing home", "senior living", "med spa", "urgent care", "optometry", "dermatology", "pediatrics", "behavioral health", "mental health practice", "therapy practice", "veterinary", "vet clinic"),
        .. Terms(Kind, "healthcare", Weak, TermGuard.None, "patient", "patients", "therapist", "therapists", "hipaa"),
        .. Terms(Kind, "legal", Strong, TermGuard.None, "law firm", "law firms", "law office", "law practice", "legal practice", "litigation", "legal services", "practice law"),
        .. Terms(Kind, "legal", Medium, TermGuard.None, "paralegal", "paralegals"),
        .. Terms(Kind, "legal", Medium, TermGuard.None, "attorney", "attorneys", "lawyer", "lawyers"),
        .. Terms(Kind, "legal", Weak, TermGuard.None, "managing partner"),
        .. Terms(Kind, "real_estate", Strong, TermGuard.None, "real estate", "real state", "real state agency", "realtor", "realtors", "realty", "property management", "property manager", "rental properties", "landlord", "apartment", "apartments", "leasing office", "homebuilder", "brokerage listings", "buyer's agent", "buyer's agents", "buyers agents", "showings", "listing agreement", "listing agreements", "listing presentation", "listing presentations"),
        .. Terms(Kind, "real_estate", Weak, TermGuard.None, "tenant", "tenants", "listings", "leasing", "units", "properties", "rentals"),
        .. Terms(Kind, "finance", Strong, TermGuard.None, "wealth management", "financial advisor", "financial advisors", "financial planning", "financial services", "bookkeeping", "accounting firm", "accounting practice", "cpa firm", "tax preparation", "cpa", "cpas", "tax firm", "tax practice", "lending", "lender", "mortgage", "banking", "credit union", "investment firm", "registered investment advisor", "investment advisor", "investment advisors", "equipment finance", "finance company", "financing company", "private equity", "venture capital", "asset management", "fintech"),
        .. Terms(Kind, "finance", Medium, TermGuard.None, "loan", "loans", "advisors", "custodian", "tax season", "bank", "accounting"),
        .. Terms(Kind, "finance", Medium, TermGuard.None, "accountants", "accountant"),
        .. Terms(Kind, "insurance", Strong, TermGuard.None, "insurance", "insurer", "underwriting", "underwriter", "policyholders", "insurance agency", "insurance brokerage"),
        .. Terms(Kind, "insurance", Weak, TermGuard.None, "policies", "policy", "claims"),
        .. Terms(Kind, "education", Strong, TermGuard.None, "school", "schools", "university", "college", "academy", "school district", "education", "campus", "k 12", "tutoring", "preschool", "daycare"),
        .. Terms(Kind, "education", Medium, TermGuard.None, "admissions", "enrollment", "students", "faculty"),
        .. Terms(Kind, "software", Strong, TermGuard.None, "saas", "software company", "software startup", "software business", "tech company", "tech startup", "software vendor", "b2b saas", "developer tools", "dev tools", "ci tooling", "b2b software", "enterprise software", "custom software", "software development", "dev shop", "development shop", "software house", "app development"),
        .. Terms(Kind, "software", Weak, TermGuard.None, "startup", "our app", "our platform", "engineers", "software"),
        .. Terms(Kind, "marketing_agency", Strong, TermGuard.None, "marketing agency", "digital agency", "creative agency", "ad agency", "advertising agency", "branding agency", "pr agency", "seo agency", "media agency", "web agency", "design agency", "marketing firm", "design studio", "branding studio", "creative studio", "branding firm"),
        .. Terms(Kind, "marketing_agency", Weak, TermGuard.None, "media", "marketing", "campaigns"),
        .. Terms(Kind, "construction", Strong, TermGuard.None, "construction", "general contractor", "contracting company", "builders", "builder", "remodeling", "renovation", "roofing", "plumbing", "electrical contractor", "hvac", "landscaping", "concrete contractor", "concrete company", "concrete outfit", "commercial concrete", "excavation", "paving", "drywall", "masonry", "general contracting", "framing contractor"),
        .. Terms(Kind, "construction", Medium, TermGuard.None, "subcontractor", "subcontractors", "estimators", "job site", "job sites"),
        .. Terms(Kind, "manufacturing", Strong, TermGuard.None, "manufacturing", "manufacturer", "manufacture", "factory", "factories", "industrial", "machine shop", "fabrication", "production plant", "machining", "precision parts", "we fabricate"),
        .. Terms(Kind, "manufacturing", Medium, TermGuard.None, "we make", "we produce"),
        .. Terms(Kind, "manufacturing", Weak, TermGuard.None, "distributors", "parts"),
        .. Terms(Kind, "nonprofit", Strong, TermGuard.None, "nonprofit", "non profit", "not for profit", "charity", "charitable", "food bank", "ngo", "501c3", "501 c 3"),
        .. Terms(Kind, "nonprofit", Medium, TermGuard.None, "volunteers", "volunteer", "donors", "grants", "foundation"),
        .. Terms(Kind, "hr_staffing", Strong, TermGuard.None, "staffing", "recruiting agency", "recruiting firm", "recruitment agency", "recruitment", "staffing agency", "talent agency", "headhunting", "peo", "hr consultancy", "we place", "staffing firm"),
        .. Terms(Kind, "hr_staffing", Medium, TermGuard.None, "recruiters", "recruiting", "placements"),
        .. Terms(Kind, "retail", Strong, TermGuard.None, "retail", "retailer", "stores", "my store", "our store", "furniture store", "grocery store", "clothing store", "retail store", "e commerce", "ecommerce", "online store", "showroom"),
        .. Terms(Kind, "consulting", Strong, TermGuard.None, "consulting", "consultancy", "consulting firm", "management consultant", "independent consultant"),
        .. Terms(Kind, "consulting", Medium, TermGuard.None, "consultant", "consultants"),
        .. Terms(Kind, "government", Strong, TermGuard.None, "municipal", "municipality", "city council", "government", "public sector", "state agency", "federal agency", "permits office", "town hall", "public library", "city hall", "parks and recreation", "parks and rec", "parks department", "public works", "township"),
        .. Terms(Kind, "government", Medium, TermGuard.None, "county", "city of", "procurement office"),
        .. Terms(Kind, "hospitality", Strong, TermGuard.None, "hotel", "hotels", "resort", "event venue", "venue", "restaurant", "restaurants", "catering", "inn", "bed and breakfast", "hospitality", "events company", "event company", "event planning", "event planner", "event planners"),
        .. Terms(Kind, "automotive", Strong, TermGuard.None, "dealership", "car dealer", "auto dealer", "automotive", "auto repair", "body shop", "auto group", "motors"),
        .. Terms(Kind, "automotive", Medium, TermGuard.None, "cars", "vehicles", "vehicle", "rooftops"),
        .. Terms(Kind, "logistics", Strong, TermGuard.None, "freight", "logistics", "trucking", "shipping company", "3pl", "freight brokerage", "courier", "warehousing"),
        .. Terms(Kind, "logistics", Medium, TermGuard.None, "dispatch", "shipments", "tms", "fleet"),
    ];
}
