namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>For each pain category: how to describe it and the PandaDoc capability that answers it.</summary>
internal static class PainPointCatalog
{
    public static (string Description, string Capability) Describe(string category) => category switch
    {
        PainPointVocabulary.ManualProcess => ("Documents are handled by hand: paper, printing, scanning or retyping.", "E-signature with reusable templates and auto-filled fields"),
        PainPointVocabulary.SlowTurnaround => ("Documents take too long to get signed and back.", "Automatic reminders, bulk send and real-time status tracking"),
        PainPointVocabulary.IntegrationGap => ("Document data does not flow between their systems.", "Native CRM integrations with two-way sync, Zapier and the API"),
        PainPointVocabulary.Cost => ("The current tool costs too much for what they use.", "Per-seat plans with unlimited e-signatures"),
        PainPointVocabulary.Usability => ("The current process or tool is clunky or confusing.", "Drag-and-drop editor, template library and guided onboarding"),
        PainPointVocabulary.Errors => ("Documents go out with mistakes or get lost.", "Templates with variables, pricing tables and a content library"),
        PainPointVocabulary.Visibility => ("No visibility into who opened or signed what.", "Document tracking, notifications and analytics"),
        _ => ("A frustration with the current process.", "PandaDoc document automation"),
    };
}
