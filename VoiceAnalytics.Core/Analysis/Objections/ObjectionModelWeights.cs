namespace VoiceAnalytics.Core.Analysis.Objections;

/// <summary>
/// Weights of <see cref="ObjectionModel"/> (rows: <see cref="ObjectionModel.Categories"/>; per category its keys, strongest
/// first, and their weights), written by
/// <c>dotnet run -c Release --project bench/VoiceAnalytics.Bench -- train-objections --min-df 3 --l2 0.01 --top 80 --precision 0.9 --train /tmp/tuneAll ../shared/data/calls ../shared/data/calls ../shared/data/calls --validate /tmp/newtune --write VoiceAnalytics.Core/Analysis/Objections/ObjectionModelWeights.cs</c>
/// (tuneAll = every corpus/calls/tune call; the dev calls listed three times; never the held-out or blind calls; the add
/// threshold by the out-of-fold precision target, see <see cref="ObjectionModel"/>; /tmp/newtune, 80 of the tune calls,
/// is printed as a validation split only). Generated: do not edit by hand.
/// </summary>
internal static class ObjectionModelWeights
{
    public const double AddAbove = 0.85;

    public static readonly double[] Bias = [-3.09, -3.087, -4.768, -3.414, -3.97, -3.963, -3.788];

    public static readonly string[][] Keys =
    [
        [
            "price", "cheaper", "enterprise", "more", "cost", "discount", "free", "expensive", "pay", "small",
            "plan", "dollars", "poking", "expected", "procurement", "dear", "locked", "steep", "contractor", "paying",
            "tight", "business plan", "talk", "already use", "per seat", "deal", "ugh", "partners", "~rush", "spend",
            "looking", "signing", "leases", "gets contract", "month", "pricing", "till", "sign off", "per", "coordinator",
            "summer", "staff", "roughly", "old", "version", "same", "work", "clients", "approve new", "agreements",
            "seat", "first", "tuesday", "upgrade", "fee", "little", "cause", "contracts month", "place", "free version",
            "thats", "~need", "managers", "wait", "gets", "help", "person", "forms", "holidays", "money",
            "numbers", "call", "trial", "seats", "better", "number", "nah", "too", "every", "people",
        ],
        [
            "customers", "sign ipad", "internet", "label", "pandadoc", "docusign", "minutes", "spanish", "forms", "forget",
            "each", "important", "least", "manager", "read", "letters", "proposal", "waiting", "~signal", "sure",
            "talk", "whatever", "looked", "see", "approval", "problem", "contracts", "signal", "morning", "until",
            "events", "decision", "tomorrow", "phone", "raised", "amazing", "document", "speak spanish", "january", "running",
            "big", "signing", "business", "much", "switch", "adobe", "pick", "save", "coordinators", "everybody",
            "once", "real", "email", "start", "clients", "afternoon", "drop box", "~sign", "paper", "questions",
            "stick", "team", "agents", "speak", "since", "french", "signing page", "small", "page", "total",
            "both", "now", "~use", "fine", "week", "hubspot", "average", "thought", "residential", "own",
        ],
        [
            "system", "until", "now", "january", "want", "middle", "sign", "nobody time", "contracts", "around",
            "after", "time", "season", "till", "client", "april", "april decide", "rep", "enrollment", "~now",
            "~connect", "nobody", "down", "look properly", "boss", "quarter", "~roll", "sign off", "off", "time learn",
            "properly", "busiest", "learn", "student", "expected", "who'd use", "good", "month", "operations", "people",
            "timing", "together", "clunky", "contractor", "look", "back", "live", "team", "uses", "week",
            "rush", "done", "figured", "roll", "small", "onto", "wife", "migration's", "migration's done", "form",
            "holiday rush", "monday", "little", "word", "starts april", "slammed", "summer", "paper", "depends", "decide",
            "id", "calling", "christmas", "~much", "brokerage", "moving", "walked", "onedrive", "first", "year",
        ],
        [
            "data", "ask", "department", "partners", "legal", "binding", "signatures", "procurement", "soc", "valid",
            "week", "office", "hipaa", "packet", "~approve", "day", "buyer's order", "forms", "eu", "non",
            "state", "consent", "needs", "practice", "compliance", "~sso", "security", "records", "legally", "single sign",
            "fine", "wednesday", "desk", "seat", "signature", "tool", "letter", "pay", "stored", "approve",
            "patient", "signing", "single", "chase", "financial", "getting", "little", "onboarding", "constantly", "decision",
            "ferpa", "price", "firm", "adobe sign", "good", "sso", "signed", "say", "new", "invoices",
            "dental", "dropbox", "each", "docusign", "counsel", "cio", "time", "~buy", "front desk", "ninety",
            "license", "front", "very", "operations", "sure", "buy", "strict", "first", "paper", "around",
        ],
        [
            "until", "contract", "docusign", "locked", "year", "runs", "more", "mostly", "stuck", "ndas",
            "word", "years", "now", "proposals", "leases", "commercial", "price", "ends", "~before", "make decision",
            "till", "wednesday", "procurement", "reps", "bulk", "back", "realistically", "manage", "decided", "move",
            "case", "signed year", "prepaid", "side", "renew", "fine", "agreements", "enterprise agreement", "paper", "work",
            "issue", "customer", "make", "june", "much", "too", "brokerage", "after", "year deal", "season",
            "office", "cfo", "catch", "same", "vendor", "dropbox", "january", "rentals", "contract until", "renewals",
            "new", "stuck till", "print", "march", "clients", "last week", "property", "docu", "docu sign", "decide",
            "plus", "looking", "use", "before", "leasing", "looking now", "client contracts", "signed", "switch", "february",
        ],
        [
            "whole", "urgent", "retyping", "build", "problem", "sales", "carrier", "twice", "each", "point",
            "google", "account", "agreement", "director sign", "bullhorn", "agency", "signnow", "~talk", "connect", "works",
            "season", "friday", "double", "type", "small", "sending", "lives", "new", "manager", "decide",
            "entering", "around", "pdfs", "erp", "ops", "plus", "looked", "mostly", "crm", "plug",
            "quotes", "retype", "contract", "starts", "off", "double entering", "talk", "over hand", "ops manager", "use",
            "hand", "today", "cost", "letters", "who'd", "side", "copy", "care", "business partner", "info",
            "though", "north", "north month", "software", "before", "boss", "whats", "upload", "waste", "signs",
            "starting", "letters mostly", "customer signs", "custom", "pull", "signed", "deal", "month", "agreements", "send",
        ],
        [
            "good", "times", "help", "write", "vendor", "vendor contracts", "chrome", "trying", "matter", "tablet",
            "county", "state", "work", "calling", "supposed", "budget", "word", "once", "better", "use",
            "app", "paper", "they'd", "~computer", "browser", "procurement", "store", "easy", "month each", "estimators",
            "~email", "worry", "~time", "somebody", "sign tablet", "computer", "fight", "next", "everyone", "trial",
            "put", "ask", "templates", "carbon", "keeps", "old", "want", "plus", "rush", "plan",
            "salespeople", "figure", "contract", "total", "sign off", "approve", "every time", "~rush", "agreements", "week",
            "add", "minutes", "they'd use", "lovely", "run", "year", "friday", "tomorrow", "version", "wants",
            "thursday", "waiting", "forms", "proposify", "tried", "social", "pay more", "emailed", "both", "now",
        ],
    ];

    public static readonly double[][] Weights =
    [
        [
            1.516, 1.04, 0.891, 0.856, 0.77, 0.742, 0.728, 0.673, 0.635, 0.598, 0.578, 0.573, 0.508, 0.501, -0.488, 0.486,
            -0.486, 0.485, -0.484, 0.483, 0.468, 0.46, -0.447, -0.442, 0.437, -0.429, 0.42, -0.418, 0.415, 0.415, 0.411, -0.41,
            0.41, 0.403, 0.397, 0.389, -0.386, -0.381, 0.379, 0.368, 0.366, 0.357, -0.355, -0.351, 0.348, 0.347, 0.346, -0.343,
            0.342, 0.34, 0.338, -0.325, 0.323, -0.321, 0.32, 0.316, 0.316, 0.311, 0.311, 0.31, 0.309, 0.305, 0.303, 0.301,
            0.295, 0.284, 0.283, 0.261, 0.25, 0.248, 0.243, 0.238, 0.237, 0.222, 0.198, 0.195, 0.142, 0.109, 0.099, 0.089,
        ],
        [
            0.779, 0.597, 0.595, 0.586, 0.585, -0.573, 0.563, 0.549, -0.532, 0.53, 0.526, 0.524, 0.514, 0.509, 0.492, -0.485,
            0.476, 0.464, 0.463, 0.448, -0.436, 0.434, -0.434, 0.431, 0.428, 0.421, 0.418, 0.414, -0.406, -0.398, 0.395, -0.393,
            -0.39, 0.388, 0.383, -0.383, 0.37, 0.367, -0.367, 0.362, 0.36, 0.358, -0.356, -0.351, 0.349, -0.346, 0.345, -0.343,
            0.343, 0.341, 0.339, 0.336, -0.331, 0.331, 0.324, 0.324, 0.322, 0.316, 0.316, 0.313, 0.31, 0.308, 0.304, 0.302,
            0.301, 0.296, 0.295, -0.275, 0.273, 0.267, 0.255, 0.232, 0.229, -0.22, 0.208, 0.199, 0.178, 0.177, 0.166, 0.076,
        ],
        [
            0.638, 0.63, 0.584, 0.509, -0.491, 0.461, 0.451, 0.439, 0.434, 0.417, 0.405, 0.399, 0.392, 0.366, -0.362, 0.355,
            0.346, 0.345, 0.344, 0.339, 0.338, 0.336, 0.334, 0.333, 0.324, 0.323, 0.317, 0.317, 0.316, 0.314, 0.311, 0.311,
            0.302, 0.301, 0.3, 0.3, -0.299, -0.296, -0.295, -0.293, 0.287, 0.278, 0.278, 0.266, 0.261, 0.26, -0.259, -0.259,
            0.257, -0.252, 0.25, 0.249, 0.248, 0.241, -0.238, 0.233, 0.232, 0.232, 0.232, -0.231, 0.227, -0.225, -0.224, 0.217,
            0.214, 0.213, 0.213, 0.212, 0.211, 0.203, 0.199, 0.198, 0.197, 0.194, 0.192, 0.191, 0.186, 0.167, 0.129, 0.093,
        ],
        [
            0.974, 0.893, 0.765, 0.691, 0.659, 0.605, 0.562, 0.557, 0.543, 0.542, -0.54, 0.535, 0.53, 0.5, 0.476, -0.476,
            0.476, 0.472, 0.47, 0.468, 0.466, 0.451, 0.449, 0.447, 0.431, 0.429, 0.428, 0.427, 0.425, 0.423, 0.411, 0.409,
            0.409, -0.403, 0.4, 0.395, 0.389, -0.386, 0.383, 0.381, 0.374, 0.37, 0.366, 0.36, 0.355, 0.352, -0.351, 0.346,
            0.338, -0.335, 0.333, -0.333, 0.332, 0.331, 0.326, 0.324, 0.323, 0.321, 0.321, -0.316, 0.315, -0.313, 0.313, 0.309,
            0.294, 0.287, 0.266, 0.264, 0.26, 0.256, 0.254, 0.222, 0.216, 0.215, 0.205, 0.202, 0.199, 0.199, 0.187, -0.185,
        ],
        [
            0.828, 0.798, 0.793, 0.784, 0.584, 0.565, -0.543, 0.539, 0.522, 0.51, -0.506, 0.452, -0.449, 0.446, 0.429, 0.428,
            -0.417, 0.416, 0.412, 0.412, 0.409, 0.402, 0.396, -0.389, 0.384, -0.382, 0.38, 0.38, 0.366, 0.366, 0.365, 0.358,
            0.357, 0.354, 0.352, 0.34, -0.332, 0.331, -0.326, 0.325, 0.324, -0.323, 0.319, 0.319, -0.318, -0.295, 0.288, -0.287,
            0.284, -0.28, 0.278, 0.278, 0.277, 0.276, 0.273, -0.27, 0.265, 0.265, 0.264, 0.264, 0.26, 0.257, -0.257, 0.255,
            -0.248, 0.248, 0.245, 0.242, 0.242, 0.239, 0.224, 0.218, -0.216, 0.212, 0.209, 0.197, 0.193, 0.142, 0.099, 0.097,
        ],
        [
            0.648, 0.646, 0.637, 0.615, 0.61, 0.604, 0.589, 0.562, -0.548, 0.536, -0.534, -0.532, -0.523, 0.516, 0.515, 0.495,
            0.469, 0.465, 0.464, 0.459, -0.459, 0.456, 0.447, 0.444, -0.425, 0.416, 0.416, 0.415, 0.414, 0.413, 0.398, 0.396,
            0.394, 0.392, 0.391, 0.388, 0.372, 0.369, 0.366, 0.355, 0.351, 0.35, -0.346, -0.344, 0.335, 0.333, 0.331, 0.325,
            0.323, 0.321, 0.32, -0.318, 0.316, 0.31, 0.306, 0.305, 0.302, 0.292, 0.288, 0.285, 0.279, 0.278, 0.268, -0.268,
            -0.266, 0.264, 0.264, 0.248, 0.243, 0.236, 0.22, 0.215, 0.204, 0.193, 0.192, -0.183, 0.167, 0.118, 0.108, 0.089,
        ],
        [
            -0.605, 0.484, 0.44, 0.431, 0.412, 0.409, 0.408, 0.407, 0.406, 0.401, 0.4, 0.375, 0.365, 0.345, 0.343, -0.341,
            -0.335, 0.325, 0.314, 0.309, 0.308, 0.304, 0.301, 0.296, 0.294, 0.294, 0.292, 0.289, 0.283, 0.28, 0.279, 0.278,
            0.275, 0.272, 0.272, 0.271, 0.261, -0.26, 0.258, 0.25, -0.246, -0.246, -0.245, 0.244, 0.243, 0.242, -0.238, -0.236,
            -0.234, -0.234, 0.231, 0.225, 0.223, -0.222, -0.22, -0.219, 0.219, -0.218, 0.217, 0.214, 0.213, 0.212, 0.21, 0.2,
            -0.196, -0.193, 0.19, 0.187, 0.185, 0.182, -0.18, 0.171, -0.171, 0.159, 0.158, 0.139, 0.137, 0.135, 0.121, 0.05,
        ],
    ];
}
