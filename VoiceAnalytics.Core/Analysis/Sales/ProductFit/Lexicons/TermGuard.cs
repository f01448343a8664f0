namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;

/// <summary>Extra checks for terms that are also ordinary words ("word", "box", "slack", "ironclad").</summary>
internal enum TermGuard
{
    None,

    /// <summary>Capitalized, or right after a tool verb ("we use sign now"); never "word of".</summary>
    ProperNoun,

    /// <summary>Not an idiom: "cut me some slack", "pick up the slack".</summary>
    NotSlackIdiom,

    /// <summary>Not after an article: "the outlook for", "a notion".</summary>
    NotAfterArticle,

    /// <summary>Not "team dynamics", "group dynamics".</summary>
    NotDynamicsIdiom,

    /// <summary>Has a modifying noun before it: "credit application", not "our application" or "application engineers".</summary>
    ModifiedNoun,

    /// <summary>
    /// Filed applications: a modified noun, or the plural opening a clause or after "the" ("applications, renewal
    /// quotes", "the applications and the quotes"); not "our application" (the product) or "application engineers".
    /// </summary>
    FiledApplications,

    /// <summary>Bare "Adobe" that is not another Adobe product (Acrobat Reader, Photoshop...).</summary>
    AdobeSigning,

    /// <summary>A PDF in a sentence about emailing, printing, scanning or signing it.</summary>
    PaperTrail,

    /// <summary>In a sentence about sending ("send ... at once").</summary>
    SendContext,

    /// <summary>Not a vendor security questionnaire.</summary>
    NotSecurityReview,

    /// <summary>Postal mail, not e-mail or voice mail.</summary>
    PostalMail,

    /// <summary>A document form, not "in any form" or "form of".</summary>
    DocumentForm,

    /// <summary>Onboarding clients, not onboarding the team onto PandaDoc.</summary>
    NotToolOnboarding,

    /// <summary>The user's invoices, not how a vendor bills them ("will you invoice us annually?").</summary>
    NotVendorBilling,

    /// <summary>In a sentence about signing ("we use Acrobat to sign PDFs").</summary>
    SignContext,

    /// <summary>A dashboard they want ("a real dashboard"), not a screen of the product ("on the dashboard").</summary>
    NotProductScreen,

    /// <summary>monday.com the app, not the weekday: right after a tool verb ("we use monday", "connect to monday").</summary>
    MondayApp,
}
