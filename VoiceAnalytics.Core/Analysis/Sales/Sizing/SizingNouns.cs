using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Sales.Sizing;

/// <summary>Nouns that tell what a count counts (people, seats, roles, headcount, documents, business events).</summary>
internal static class SizingNouns
{
    public static readonly WordSet People = new(
        "people", "persons", "person", "folks", "guys", "gals", "ladies", "individuals", "heads", "humans", "members",
        "bodies", "peeps", "peoples");

    public static readonly WordSet Seats = new(
        "users", "seats", "licenses", "licences", "logins", "senders", "seat", "license", "licence");

    public static readonly WordSet Roles = new(
        "reps", "representatives", "agents", "advisors", "advisers", "engineers", "developers", "devs", "recruiters",
        "officers", "attorneys", "lawyers", "paralegals", "estimators", "accountants", "bookkeepers", "therapists",
        "coordinators", "managers", "salespeople", "salesmen", "sellers", "brokers", "realtors", "associates",
        "consultants", "designers", "planners", "assistants", "admins", "administrators", "clerks", "specialists",
        "analysts", "nurses", "doctors", "physicians", "dentists", "hygienists", "teachers", "counselors",
        "producers", "underwriters", "processors", "dispatchers", "technicians", "techs", "partners", "directors",
        "executives", "aes", "sdrs", "bdrs", "csms", "coaches", "instructors", "secretaries", "receptionists",
        "schedulers", "preparers", "closers", "negotiators", "buyers", "supervisors", "adjusters",
        "writers", "editors", "marketers", "strategists", "photographers", "stylists", "planners", "inspectors",
        "appraisers", "lenders", "originators", "bankers", "investigators", "auditors", "architects", "marketers",
        "operators", "staffers", "volunteers", "interns", "employees", "contractors", "freelancers", "coworkers",
        "colleagues", "teammates", "shooters", "execs", "agent", "rep", "advisor", "engineer", "recruiter", "officer",
        "attorney", "lawyer", "paralegal", "estimator", "accountant", "therapist", "coordinator", "manager",
        "assistant", "admin", "partner", "shooter", "designer", "developer", "specialist", "salesperson");

    public static readonly WordSet Headcount = new(
        "employees", "staff", "staffers", "workers", "fte", "ftes", "headcount", "employee", "personnel", "worker",
        "full-timers", "fulltimers", "faculty",
        // Romance-language speakers' word for employees (colaboradores, collaborateurs, collaboratori)
        "collaborators", "collaborator", "workforce");

    /// <summary>The person word of a size compound ("15-person", "one-man").</summary>
    public static readonly WordSet CompoundPeople = new("person", "people", "man", "woman", "employee", "member", "strong");

    public static readonly WordSet Documents = new(
        "documents", "document", "docs", "doc", "proposals", "proposal", "contracts", "contract", "quotes", "quote",
        "quotations", "bids", "bid", "estimates", "agreements", "agreement", "ndas", "nda", "invoices", "invoice",
        "forms", "form", "leases", "lease", "packets", "packet", "packages", "package", "applications",
        "application", "letters", "letter", "offers", "sows", "statements", "confirmations", "releases", "waivers",
        "envelopes", "files", "renewals", "disclosures", "amendments", "addendums", "addenda", "pdfs", "signatures",
        "acknowledgments", "acknowledgements", "authorizations", "certificates", "policies", "slips", "receipts",
        "orders", "agreements", "checklists", "questionnaires", "pages", "sends", "paperwork", "consents", "msas",
        "engagements", "estimates", "templates", "approvals", "requests",
        // more paperwork people send for signature, by kind: permits and notices, memos, riders, deeds, bills
        "permits", "notices", "memos", "riders", "mandates", "affidavits", "deeds", "warranties", "registrations",
        "bills", "papers", "authorisations", "cons", "packs",
        // the singular of a type, as a list names it before its amount ("we do a statement of work, maybe a dozen of
        // those a month", "then the renewal, another forty a year")
        "statement", "confirmation", "renewal", "disclosure", "amendment", "addendum", "waiver", "slip",
        "permit", "deed", "certificate", "authorization", "authorisation", "acknowledgment", "acknowledgement",
        "checklist", "questionnaire", "sow", "msa", "estimate", "quotation");

    public static readonly WordSet Proxies = new(
        "clients", "customers", "patients", "deals", "events", "weddings", "sessions", "sales", "cars", "vehicles",
        "hires", "students", "tenants", "jobs", "projects", "closings", "transactions", "loans", "shipments", "loads",
        "bookings", "enrollments", "admissions", "matters", "cases", "claims", "referrals", "placements",
        "candidates", "contractors", "vendors", "carriers", "accounts", "rentals", "listings", "homes", "houses",
        "properties", "appointments", "visits", "installs", "installations", "jobs", "shoots", "parties", "tours",
        "members", "donors", "volunteers", "applicants", "households", "families", "participants", "sponsors",
        "suppliers", "distributors", "subcontractors", "subs", "freelancers", "partners", "prospects", "renters",
        "buyers", "sellers", "policies", "moves", "units");

    public static readonly WordSet Excluded = new(
        "calls", "meetings", "emails", "hours", "minutes", "leads", "tickets", "messages", "texts", "posts", "miles",
        "offices", "stores", "locations", "branches", "buildings", "sites", "states", "countries", "cities",
        "departments", "teams", "products", "skus", "items", "tools", "integrations", "steps", "fields", "things",
        "questions", "reviews", "features", "apps", "systems", "plans", "options", "percent", "dollars", "bucks",
        "units", "doors", "beds", "rooms", "floors", "acres", "trucks", "lines", "people", "times", "seconds",
        "clicks", "tabs", "screens", "versions", "languages", "fonts", "colors", "logos", "brands", "warehouses",
        // Measures of goods made, moved or held: a production figure, never a document count.
        "barrels", "kegs", "gallons", "liters", "litres", "bottles", "cans", "pallets", "crates", "boxes",
        "tons", "tonnes", "pounds", "lbs", "kilos", "kilograms", "grams", "ounces", "bushels", "cubic", "yards",
        "feet", "sqft", "meters", "metres", "kilometers", "kilowatts", "megawatts", "servings", "meals", "pieces",
        "loaves", "cups", "batches", "containers", "rolls", "sheets", "square",
        // School terms counted ("we run four terms a year"): a span of time, the period of other counts.
        "terms", "semesters", "trimesters");

    /// <summary>Places a per-place count multiplies by ("two at each of our four offices").</summary>
    public static readonly WordSet Locations = new(
        "offices", "stores", "locations", "branches", "sites", "clinics", "shops", "restaurants", "schools",
        "campuses", "hotels", "dealerships", "warehouses", "practices", "studios", "salons", "gyms", "venues");
}
