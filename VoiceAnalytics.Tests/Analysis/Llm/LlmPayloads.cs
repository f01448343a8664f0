using System.Text.Json.Nodes;
using VoiceAnalytics.Core.Analysis.Llm;
using VoiceAnalytics.Core.Contracts;
using VoiceAnalytics.Core.Contracts.Parsing;

namespace VoiceAnalytics.Tests.Analysis.Llm;

/// <summary>A short call the rules read little of ("sf dot com" is Salesforce to a reader, not to the lexicon), and model answers about it.</summary>
internal static class LlmPayloads
{
    public const string CrmQuote = "our reps basically live in sf dot com all day";
    public const string PersonalLine = "Sure, it's Dana Whitfield, dana@whitfieldlaw.com, or call me on 415-555-0134.";

    public static SessionPayload Call(string sessionId = "llm-test-1") => PayloadParser.Parse(System.Text.Encoding.UTF8.GetBytes(CallJson(sessionId))).Payload!;

    public static string CallJson(string sessionId = "llm-test-1") => new JsonObject
    {
        ["session_id"] = sessionId,
        ["start_time"] = "2026-08-18T15:02:11+00:00",
        ["end_time"] = "2026-08-18T15:06:11+00:00",
        ["duration_seconds"] = 240.0,
        ["user_email"] = "dana@whitfieldlaw.com",
        ["user_name"] = "Dana Whitfield",
        ["transcript"] = new JsonObject
        {
            ["items"] = new JsonArray
            {
                Message("i1", "assistant", "Hi, this is Ava from PandaDoc. How is the trial going?", 0),
                Message("i2", "user", $"Pretty good. Honestly {CrmQuote}, so whatever we pick has to hook into that.", 5),
                Message("i3", "assistant", "Understood. Can I get your name and email for the follow-up?", 12),
                Message("i4", "user", PersonalLine, 18),
                Message("i5", "assistant", "Thanks! Anything else?", 25),
                Message("i6", "user", "No, that's it. Thanks, bye!", 30),
                Message("i7", "assistant", "Goodbye!", 33),
            },
        },
    }.ToJsonString();

    public static ModelAnswer Answer(
        ModelNumber? teamSize = null,
        IReadOnlyList<ModelLabel>? integrations = null,
        ModelLabel? sentiment = null) => new(
        TeamSize: teamSize,
        CompanySize: null,
        MonthlyVolume: null,
        IntegrationNeeds: integrations ?? [],
        Industry: null,
        UseCases: [],
        CurrentTool: null,
        CompetitorsMentioned: [],
        DecisionTimeline: null,
        BudgetAuthority: null,
        Urgency: null,
        Objections: [],
        FeatureRequests: [],
        Stakeholders: [],
        BuyingSignal: null,
        Sentiment: sentiment,
        SentimentTrend: null,
        NaturalEnding: null,
        UserQuestions: null,
        ActionItems: [],
        ExecutiveParagraphs: ["A prospect whose reps work in Salesforce all day."]);

    public static ModelAnswer SalesforceAnswer() => Answer(integrations: [new ModelLabel("salesforce", 0.9, CrmQuote)]);

    private static JsonObject Message(string id, string role, string text, double at) =>
        new() { ["id"] = id, ["type"] = "message", ["role"] = role, ["content"] = new JsonArray(text), ["created_at"] = 1787065331.0 + at };
}
