using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using static VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons.Lexicon;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>Signs that documents go out without a tool today: paper, wet ink, printing, scanning, emailed PDFs.</summary>
internal static class ManualProcessVocabulary
{
    private const TermKind Kind = TermKind.ManualProcess;

    public static readonly LexiconEntry[] Entries =
    [
        .. Terms(Kind, "manual",
            "paper", "papers", "paper forms", "wet ink", "wet signature", "wet signatures", "print", "printed", "printing",
            "print out", "printouts", "handwritten", "hand written", "by hand", "clipboard", "clipboards", "scan", "scans",
            "scanned", "scanning", "scanner", "fax", "faxes", "faxed", "faxing", "manually", "email attachments",
            "as attachments", "as an attachment",
            // Paper pads the documents are written in: "the docket book", "a carbon book", "triplicate forms".
            "carbon book", "carbon books", "carbon copy book", "docket book", "docket books", "carbonless", "triplicate",
            "quote book", "quote pad", "order book", "order pad", "receipt book", "ncr forms", "ncr pads", "carbon copies"),
        .. Terms(Kind, "manual", 1.0, TermGuard.PaperTrail, "pdf", "pdfs"),
        .. Terms(Kind, "manual", 1.0, TermGuard.PostalMail, "mail", "mailed", "mailing"),
    ];
}
