using VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;
using static VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons.Lexicon;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;

/// <summary>
/// Document and e-signature tools users may be on today: competitors (with old names, "HelloSign" for Dropbox Sign,
/// and speech-to-text splits), authoring tools (Word, Google Docs) and PandaDoc itself.
/// </summary>
internal static class ToolVocabulary
{
    private const TermKind Competitor = TermKind.Competitor;

    public static readonly LexiconEntry[] Entries =
    [
        .. Terms(Competitor, "docusign", "docusign", "docu sign", "doc u sign", "docusign clm"),
        .. Terms(Competitor, "adobe_sign", "adobe sign", "acrobat sign", "adobe acrobat sign", "echosign", "echo sign", "adobe esign", "adobe e sign"),
        // Speech-to-text splits of the name, as with 'docu sign' and 'pand a doc'.
        .. Terms(Competitor, "adobe_sign", "a dobe sign", "a dobe e sign", "a dobe esign", "adobe signe", "adobe sine", "a doby sign"),
        .. Terms(Competitor, "adobe_sign", 0.8, TermGuard.AdobeSigning, "adobe"),
        .. Terms(Competitor, "adobe_sign", 0.8, TermGuard.SignContext, "acrobat", "adobe acrobat", "acrobat pro"),
        .. Terms(Competitor, "dropbox_sign", "dropbox sign", "drop box sign", "hellosign", "hello sign"),
        .. Terms(Competitor, "proposify", "proposify", "proposifi", "propose ify"),
        .. Terms(Competitor, "qwilr", "qwilr", "quilr", "qwiller", "quillr", "quiller", "kwiller", "kwilr", "q w i l r"),
        // The name heard as the common word: a tool only when said as a name.
        .. Terms(Competitor, "qwilr", 1.0, TermGuard.ProperNoun, "quill"),
        .. Terms(Competitor, "better_proposals", 1.0, TermGuard.ProperNoun, "better proposals", "better proposal"),
        .. Terms(Competitor, "signnow", "signnow"),
        .. Terms(Competitor, "signnow", 1.0, TermGuard.ProperNoun, "sign now"),
        .. Terms(Competitor, "conga", "conga", "conga composer", "conga cpq", "conga sign"),
        .. Terms(Competitor, "ironclad", 1.0, TermGuard.ProperNoun, "ironclad", "iron clad"),
        .. Terms(Competitor, "jotform", "jotform", "jot form", "jotforms"),
        .. Terms(Competitor, "zoho_sign", "zoho sign", "zohosign"),
        .. Terms(TermKind.AuthoringTool, "word", "ms word", "microsoft word", "word doc", "word docs", "word document", "word documents", "word template", "word templates", "word file", "word files"),
        .. Terms(TermKind.AuthoringTool, "word", 1.0, TermGuard.ProperNoun, "word"),
        .. Terms(TermKind.AuthoringTool, "google_docs", "google docs", "google doc", "gdocs", "g docs", "google documents"),
        // Speech-to-text splits of the name, and the free eSign plan users name instead of the product.
        .. Terms(TermKind.OwnProduct, "pandadoc", "pandadoc", "panda doc", "pand a doc", "pander doc", "panda dock", "pandadocs",
            "free esign", "free e sign", "free esign plan"),
    ];
}
