namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// Weights of <see cref="ObjectionModel"/> (rows: <see cref="ObjectionModel.Categories"/>; per category its keys, strongest
/// first, and their weights), written by
/// <c>dotnet run -c Release --project bench/VoiceAnalytics.Bench -- train-objections --min-df 3 --l2 0.01 --top 80 --precision 0.9 --train /tmp/tuneAll ../shared/data/calls ../shared/data/calls ../shared/data/calls --validate /tmp/newtune --write VoiceAnalytics.Core/Analysis/Objections/ObjectionModelWeights.cs</c>
/// (tuneAll = copies of all 460 corpus/calls/tune calls, ca-db; the dev calls listed three times; never the held-out or blind
/// calls; the add threshold by the out-of-fold precision target, see <see cref="ObjectionModel"/>; /tmp/newtune, copies of the
/// 100 cx-db tune calls that joined last, is printed as a validation split only). Generated: do not edit by hand.
/// </summary>
internal static class ObjectionModelWeights
{
    public const double AddAbove = 0.7;

    public static readonly double[] Bias = [-2.912, -3.36, -4.659, -3.37, -3.621, -3.884, -3.821];

    public static readonly string[][] Keys =
    [
        [
            "price", "cheaper", "more", "enterprise", "cost", "free", "pay", "discount", "expensive", "steep",
            "plan", "per seat", "poking", "small", "paying", "dollars", "expected", "seat", "work", "procurement",
            "tight", "thought", "little", "gets", "signing", "volunteers", "locked", "looking", "dear", "paperwork",
            "ugh", "agreements", "deal", "pricing", "nicer", "forms", "per", "quickbooks", "month", "partners",
            "sign off", "spend", "roughly", "staff", "clients", "emails", "board", "wait", "long", "works",
            "summer", "fee", "worth", "week", "good", "thats", "leases", "same", "tuesday", "version",
            "together", "seats", "business plan", "people", "pandadoc", "person", "mind", "figure", "contracts month", "paper",
            "free version", "coordinator", "help", "number", "trial", "numbers", "~need", "too", "call", "nah",
        ],
        [
            "customers", "label", "problem", "minutes", "each", "signing", "important", "forget", "spanish", "forms",
            "pandadoc", "internet", "letters", "~signal", "see", "read", "phone", "manager", "waiting", "email",
            "dealbreaker", "ipad", "signal", "least", "small", "signing page", "raised", "sure", "once", "docusign",
            "white", "sign ipad", "trying", "amazing", "speak spanish", "approval", "events", "agents", "big", "big deal",
            "change", "contracts", "now", "coordinators", "proposal", "whatever", "use", "clients", "tomorrow", "bad",
            "talk", "hotel", "procurement", "much", "morning", "whole signing", "~internet", "document", "looked", "average",
            "thought", "switch", "decision", "many", "week", "team", "both", "real", "fine", "speak",
            "paper", "afternoon", "page", "keep", "booking", "year", "little", "want", "own", "rest",
        ],
        [
            "january", "system", "until", "contracts", "after", "now", "middle", "till", "want", "nobody time",
            "season", "time", "look properly", "boss", "team", "sign off", "april decide", "properly", "sign", "april",
            "clunky", "rush", "~roll", "rep", "small", "client", "contractor", "week", "off", "~connect",
            "busiest", "time learn", "down", "student", "who'd use", "docusign", "september", "nobody", "around", "learn",
            "busy", "december", "contract", "general contractor", "think", "very", "new system", "live", "summer", "per",
            "same", "done", "form", "work", "post", "timing", "quarter", "brokerage", "little", "~now",
            "monday", "plan", "pandadoc", "back", "look", "migration's", "migration's done", "application", "still", "uses",
            "onto", "figured", "much", "send email", "money", "signing", "bids", "company", "year", "another",
        ],
        [
            "data", "department", "ask", "partners", "legal", "hipaa", "valid", "patient", "procurement", "consent",
            "signatures", "week", "binding", "approve", "practice", "office", "security", "legally", "soc", "desk",
            "buyer's order", "pay", "eu", "google", "single sign", "~approve", "packet", "counsel", "signature", "day",
            "single", "records", "price", "getting", "compliance", "state", "forms", "stored", "signed", "~sso",
            "question", "let's", "dropbox", "assistants", "non", "applications", "season", "onboarding", "ferpa", "tool",
            "little", "needs", "trail", "fine", "firm", "fedramp", "each", "wednesday", "head", "sso",
            "audit trail", "sure", "permit", "permit applications", "new", "good", "permits", "cio", "very", "signature legally",
            "around", "say", "buy", "sign", "docusign", "time", "requires", "operations", "want", "through",
        ],
        [
            "until", "contract", "docusign", "locked", "year", "runs", "~before", "mostly", "word", "more",
            "realistically", "ends", "proposals", "ndas", "procurement", "stuck", "reps", "now", "make", "june",
            "move", "much", "paper", "march", "till", "wednesday", "bulk", "leases", "google", "make decision",
            "fine", "renew", "price", "commercial", "enterprise agreement", "signed year", "renewals", "worth", "years", "around",
            "look", "season", "vendor", "january", "too", "very", "decided", "prepaid", "after", "side",
            "manage", "question", "contract until", "brokerage", "customer", "same", "case", "november", "budget", "year deal",
            "pdf", "agents", "end", "before", "print", "property", "stuck till", "office", "next", "email",
            "rentals", "agreements", "docu", "docu sign", "leasing", "looking", "clients", "client contracts", "switch", "signed",
        ],
        [
            "sales", "problem", "whole", "carrier", "urgent", "around", "retyping", "build", "twice", "connect",
            "google", "type", "agreement", "bullhorn", "plus", "double", "erp", "talk", "season", "each",
            "small", "integrate", "signnow", "quotes", "lives", "director sign", "point", "works", "account", "friday",
            "~talk", "crm", "care", "entering", "temps", "before", "plug", "renewal", "rush", "new",
            "use", "employees", "back", "ops", "security", "contract", "budget", "decide", "though", "manager",
            "sending", "start", "copy", "double entering", "off", "retype", "side", "dms", "over hand", "letters",
            "software", "looked", "hand", "business partner", "cost", "north month", "who'd", "north", "mostly", "whats",
            "director", "upload", "send", "waste", "boss", "starting", "custom", "letters mostly", "pull", "deal",
        ],
        [
            "good", "times", "help", "write", "trying", "use", "county", "vendor contracts", "chrome", "matter",
            "vendor", "budget", "through", "tablet", "want", "word", "state", "quotes", "store", "calling",
            "carbon", "tool", "work", "supposed", "~computer", "old", "wednesday", "worry", "~time", "tomorrow",
            "easy", "fight", "wants", "computer", "estimators", "stores", "ask", "unbelievable", "browser", "~email",
            "write proposals", "app", "somebody", "month each", "ford", "they'd", "much", "sign tablet", "plus", "paper",
            "each deal", "lost", "long", "total", "delivery", "week", "thursday", "everyone", "figure", "approve",
            "rush", "plan", "keeps", "year", "trial", "they'd use", "every time", "forms", "add", "agreements",
            "~rush", "both", "version", "lovely", "spent", "waiting", "minutes", "went", "proposify", "now",
        ],
    ];

    public static readonly double[][] Weights =
    [
        [
            1.363, 1.022, 0.99, 0.809, 0.705, 0.673, 0.663, 0.654, 0.622, 0.602, 0.573, 0.536, 0.525, 0.502, 0.48, 0.473,
            0.462, 0.447, 0.443, -0.434, 0.43, 0.423, 0.421, 0.419, -0.415, 0.407, -0.407, 0.399, 0.392, -0.392, 0.391, 0.388,
            -0.387, 0.386, 0.378, 0.375, 0.372, -0.37, 0.369, -0.364, -0.36, 0.36, -0.356, 0.353, -0.345, -0.343, 0.342, 0.34,
            -0.329, -0.327, 0.324, 0.319, 0.319, -0.316, -0.315, 0.306, 0.305, 0.301, 0.291, 0.29, -0.29, 0.285, 0.277, 0.276,
            -0.27, 0.269, 0.268, 0.267, 0.261, -0.257, 0.248, 0.243, 0.239, 0.217, 0.214, 0.209, 0.19, 0.182, 0.159, 0.155,
        ],
        [
            0.73, 0.569, 0.563, 0.551, 0.537, 0.535, 0.515, 0.512, 0.509, -0.502, 0.469, 0.468, -0.466, 0.456, 0.454, 0.448,
            0.438, 0.433, 0.433, -0.43, 0.425, 0.423, 0.412, 0.411, -0.409, 0.406, 0.405, 0.4, 0.396, -0.395, 0.394, 0.394,
            0.386, -0.385, 0.379, 0.368, 0.365, 0.364, 0.363, 0.35, 0.349, 0.344, 0.344, 0.342, 0.339, 0.338, -0.335, 0.327,
            -0.326, 0.323, -0.323, 0.321, -0.321, -0.316, -0.315, 0.314, 0.309, 0.29, -0.285, 0.28, 0.273, 0.272, -0.272, 0.271,
            0.268, 0.264, 0.258, 0.257, -0.255, 0.255, 0.253, 0.251, 0.244, -0.235, 0.23, 0.221, -0.198, 0.186, 0.185, 0.181,
        ],
        [
            0.673, 0.634, 0.582, 0.535, 0.516, 0.491, 0.485, 0.476, -0.427, 0.393, 0.389, 0.357, 0.34, 0.339, -0.329, 0.327,
            0.32, 0.32, 0.319, 0.306, 0.303, 0.298, 0.292, 0.292, -0.288, -0.285, 0.284, -0.28, 0.28, 0.279, 0.277, 0.276,
            0.275, 0.274, 0.274, -0.273, 0.268, 0.267, 0.266, 0.261, 0.26, 0.258, -0.257, 0.256, -0.256, 0.255, 0.255, -0.251,
            0.25, 0.248, -0.247, 0.244, -0.241, 0.241, 0.24, 0.236, 0.236, 0.232, -0.232, 0.222, -0.222, -0.219, -0.217, 0.213,
            0.211, 0.21, 0.21, 0.209, 0.207, 0.205, 0.201, 0.2, -0.198, 0.194, 0.186, -0.175, 0.172, 0.171, 0.155, 0.153,
        ],
        [
            1.075, 0.814, 0.81, 0.688, 0.627, 0.607, 0.602, 0.6, 0.583, 0.565, 0.541, -0.527, 0.524, 0.524, 0.52, 0.504,
            0.496, 0.46, 0.456, 0.454, 0.448, -0.446, 0.442, -0.441, 0.435, 0.419, 0.418, 0.415, 0.413, -0.395, 0.394, 0.392,
            -0.391, 0.387, 0.387, 0.382, 0.378, 0.377, 0.373, 0.373, 0.364, -0.362, -0.358, 0.354, 0.352, 0.348, -0.345, 0.335,
            0.333, 0.332, -0.325, 0.325, 0.324, 0.321, 0.318, 0.313, 0.299, 0.297, 0.293, 0.29, 0.285, 0.284, 0.283, 0.283,
            0.279, 0.266, 0.265, 0.262, 0.262, 0.262, -0.251, 0.248, 0.233, 0.22, 0.216, 0.214, 0.213, 0.199, 0.189, 0.155,
        ],
        [
            0.941, 0.815, 0.787, 0.688, 0.598, 0.549, 0.533, 0.497, -0.497, -0.488, 0.481, 0.48, 0.448, 0.441, 0.432, 0.429,
            -0.411, -0.408, 0.403, 0.382, 0.378, -0.378, -0.366, 0.358, 0.351, 0.351, 0.348, 0.347, -0.345, 0.337, 0.333, 0.33,
            -0.324, 0.324, 0.323, 0.321, 0.318, 0.318, 0.317, -0.314, 0.313, -0.303, 0.299, 0.299, -0.299, -0.292, 0.291, 0.288,
            -0.286, 0.285, 0.281, -0.281, 0.281, 0.278, -0.272, 0.272, 0.27, 0.267, -0.267, 0.264, -0.264, 0.248, -0.246, 0.244,
            -0.239, 0.231, 0.227, 0.225, -0.22, -0.216, 0.204, -0.203, 0.195, 0.195, 0.188, 0.182, -0.175, 0.169, 0.1, 0.075,
        ],
        [
            0.638, 0.601, 0.6, 0.598, 0.584, 0.569, 0.556, 0.554, 0.532, 0.523, -0.512, 0.507, -0.5, 0.494, 0.49, 0.49,
            0.466, 0.465, -0.459, -0.448, -0.429, 0.427, 0.426, 0.421, 0.417, 0.414, 0.409, 0.404, -0.397, 0.395, 0.38, 0.378,
            0.373, 0.363, 0.357, -0.356, 0.351, 0.348, -0.348, 0.344, 0.337, 0.332, 0.331, 0.33, -0.328, -0.323, -0.316, 0.311,
            0.307, 0.298, 0.296, -0.294, 0.293, 0.292, 0.291, 0.289, 0.282, 0.278, 0.266, 0.261, -0.261, 0.26, 0.26, 0.258,
            0.25, 0.249, 0.246, 0.242, 0.242, 0.229, 0.228, 0.225, 0.223, 0.222, 0.212, 0.198, 0.184, 0.18, 0.177, 0.164,
        ],
        [
            -0.637, 0.51, 0.42, 0.412, 0.38, 0.372, 0.369, 0.362, 0.361, 0.354, 0.352, -0.351, 0.341, 0.339, -0.331, -0.329,
            0.329, 0.325, 0.314, 0.312, 0.301, 0.298, 0.295, 0.292, 0.289, 0.279, 0.276, 0.272, 0.272, 0.271, 0.271, 0.271,
            0.268, 0.265, 0.264, 0.263, -0.262, 0.256, 0.255, 0.251, 0.251, 0.25, 0.248, 0.246, 0.243, 0.241, -0.24, 0.238,
            -0.236, 0.236, 0.231, 0.23, 0.226, -0.22, 0.219, 0.213, -0.212, 0.211, 0.21, -0.21, -0.206, -0.205, 0.203, -0.197,
            0.197, 0.194, 0.19, -0.183, 0.183, 0.183, -0.182, 0.18, 0.178, 0.177, 0.171, 0.171, 0.17, 0.165, 0.128, 0.067,
        ],
    ];
}
