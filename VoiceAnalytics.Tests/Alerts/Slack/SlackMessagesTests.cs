using System.Text.Json.Nodes;
using VoiceAnalytics.Core.Alerts.Slack.Blocks;
using VoiceAnalytics.Core.Alerts.Slack.Messages;

namespace VoiceAnalytics.Tests.Alerts.Slack;

public sealed class SlackMessagesTests
{
    private static readonly DateTimeOffset Meeting = new(2026, 8, 19, 19, 0, 0, TimeSpan.Zero);

    [Fact]
    public void HotLead_FullDetails_HeaderFieldsSignalsLinksAndOwner()
    {
        var json = Serialize(SlackMessages.HotLead(new HotLeadDetails
        {
            LeadName = "John Smith",
            Email = "john@acme.com",
            Company = "Acme Corp",
            Score = 87,
            KeySignals = ["Team size: 15 users", "Volume: 200 docs/month", "Needs: Salesforce integration", "Timeline: This week"],
            SalesforceUrl = new Uri("https://acme.my.salesforce.com/00Q1"),
            TranscriptUrl = new Uri("https://va.example.com/sessions/s-1"),
            OwnerSlackUserId = "U0123ABCD",
        }));

        Assert.Equal("🔥 Hot lead: John Smith (Acme Corp), score 87/100", (string?)json["text"]);
        Assert.Equal(["header", "section", "section", "actions", "context"], Types(json));
        var blocks = json["blocks"]!;
        Assert.Equal("plain_text", (string?)blocks[0]!["text"]!["type"]);
        Assert.Equal("🔥 HOT LEAD ALERT", (string?)blocks[0]!["text"]!["text"]);
        Assert.Null(blocks[1]!["text"]);
        Assert.Equal(
            ["*Name:*\nJohn Smith (john@acme.com)", "*Company:*\nAcme Corp", "*Score:*\n87/100"],
            blocks[1]!["fields"]!.AsArray().Select(f => (string?)f!["text"]));
        Assert.All(blocks[1]!["fields"]!.AsArray(), f => Assert.Equal("mrkdwn", (string?)f!["type"]));
        Assert.Equal("mrkdwn", (string?)blocks[2]!["text"]!["type"]);
        Assert.Equal(
            "*Key Signals:*\n• Team size: 15 users\n• Volume: 200 docs/month\n• Needs: Salesforce integration\n• Timeline: This week",
            (string?)blocks[2]!["text"]!["text"]);
        AssertButtons(blocks[3]!, ("Salesforce", "https://acme.my.salesforce.com/00Q1", "open_salesforce"), ("Transcript", "https://va.example.com/sessions/s-1", "open_transcript"));
        Assert.Equal(["*Recommended:* Call within 2 hours", "Territory owner: <@U0123ABCD>"], Texts(blocks[4]!["elements"]!));
    }

    [Fact]
    public void HotLead_UserContentWithControlCharacters_IsEscapedAndCannotMention()
    {
        var json = Serialize(SlackMessages.HotLead(new HotLeadDetails
        {
            LeadName = "Ann <!channel> & Co",
            Score = 91,
            KeySignals = ["Needs: <https://evil.example|click>"],
            OwnerSlackUserId = "U1> <!here",
        }));

        var raw = json.ToJsonString();
        Assert.DoesNotContain("<!channel>", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<!here", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://evil", raw, StringComparison.Ordinal);
        Assert.Equal("🔥 Hot lead: Ann &lt;!channel&gt; &amp; Co, score 91/100", (string?)json["text"]);
        Assert.Equal("*Name:*\nAnn &lt;!channel&gt; &amp; Co", (string?)json["blocks"]![1]!["fields"]![0]!["text"]);
        Assert.Equal(["header", "section", "section", "context"], Types(json)); // no URLs: no actions block
        Assert.Equal(["*Recommended:* Call within 2 hours"], Texts(json["blocks"]![3]!["elements"]!));
    }

    [Fact]
    public void MeetingBooked_FullDetails_LocalisedTimeQualificationContextAndThreeLinks()
    {
        var json = Serialize(SlackMessages.MeetingBooked(new MeetingBookedDetails
        {
            CustomerName = "John Smith",
            Email = "john@acme.com",
            MeetingAt = Meeting,
            Tier = "Tier 1",
            Score = 75,
            QuickContext = ["Team of 8, evaluating for Q1 rollout", "Current tool: DocuSign", "Pain points: No Salesforce integration"],
            CalendarUrl = new Uri("https://calendar.example.com/e/1"),
            SalesforceUrl = new Uri("https://acme.my.salesforce.com/00Q1"),
            PrepNotesUrl = new Uri("https://va.example.com/prep/1"),
            OwnerSlackUserId = "U0OWNER",
        }));

        var date = $"<!date^{Meeting.ToUnixTimeSeconds()}^{{date_short_pretty}} at {{time}}|2026-08-19 19:00 UTC>";
        Assert.Equal($"📅 Sales meeting booked: John Smith, {date}", (string?)json["text"]);
        Assert.Equal(["header", "section", "section", "actions", "context"], Types(json));
        var blocks = json["blocks"]!;
        Assert.Equal("📅 SALES MEETING BOOKED", (string?)blocks[0]!["text"]!["text"]);
        Assert.Equal(
            ["*Customer:*\nJohn Smith (john@acme.com)", $"*Meeting:*\n{date}", "*Qualification:*\nTier 1 (Score: 75)"],
            Texts(blocks[1]!["fields"]!));
        Assert.StartsWith("*Quick Context:*\n• Team of 8, evaluating for Q1 rollout\n• Current tool: DocuSign", (string?)blocks[2]!["text"]!["text"], StringComparison.Ordinal);
        AssertButtons(
            blocks[3]!,
            ("Calendar", "https://calendar.example.com/e/1", "open_calendar"),
            ("Salesforce", "https://acme.my.salesforce.com/00Q1", "open_salesforce"),
            ("Prep Notes", "https://va.example.com/prep/1", "open_prep_notes"));
        Assert.Equal(["Meeting owner: <@U0OWNER>", "Review the prep notes before the call"], Texts(blocks[4]!["elements"]!));
    }

    [Fact]
    public void CompetitorMentioned_NegativeSentiment_QuoteCheckmarkBattlecardAndOpportunity()
    {
        var json = Serialize(SlackMessages.CompetitorMentioned(new CompetitorMentionDetails
        {
            LeadName = "John Smith",
            Email = "john@acme.com",
            Competitor = "DocuSign",
            Context = "Currently using DocuSign but frustrated with...",
            Sentiment = CompetitorTone.Negative,
            TranscriptUrl = new Uri("https://va.example.com/sessions/s-1"),
            BattlecardUrl = new Uri("https://wiki.example.com/battlecards/docusign"),
            Opportunity = "Switcher campaign",
        }));

        Assert.Equal(["header", "section", "section", "actions", "context"], Types(json));
        var blocks = json["blocks"]!;
        Assert.Equal("⚔️ COMPETITOR MENTIONED", (string?)blocks[0]!["text"]!["text"]);
        Assert.Equal(["*Lead:*\nJohn Smith (john@acme.com)", "*Competitor:*\nDocuSign"], Texts(blocks[1]!["fields"]!));
        Assert.Equal(
            "*Context:* \"Currently using DocuSign but frustrated with...\"\n*Sentiment:* Negative toward competitor ✅",
            (string?)blocks[2]!["text"]!["text"]);
        AssertButtons(
            blocks[3]!,
            ("Full Transcript", "https://va.example.com/sessions/s-1", "open_transcript"),
            ("DocuSign battlecard", "https://wiki.example.com/battlecards/docusign", "open_battlecard"));
        Assert.Equal(["*Opportunity:* Switcher campaign"], Texts(blocks[4]!["elements"]!));
    }

    [Fact]
    public void QualityDigest_AllThreeParts_SectionsInSpecOrderWithLinksAndNoMentions()
    {
        var json = Serialize(SlackMessages.QualityDigest(new QualityDigestDetails
        {
            HourEnding = new DateTimeOffset(2026, 8, 18, 16, 0, 0, TimeSpan.Zero),
            FailedSearchTotal = 15,
            ContentGaps = [new("How to use Zapier integration", 5), new("Mobile app availability", 3), new("Enterprise pricing details", 3)],
            ContentGapReportUrl = new Uri("https://va.example.com/dashboards/gaps"),
            LowEngagementSessions = [new("abc123", 3.2, "High interruptions"), new("def456", 4.1, "User frustration detected"), new("ghi789", 4.8, "Abrupt ending")],
            LowEngagementPattern = "Users asking about feature X (not in KB)",
            TranscriptsUrl = new Uri("https://va.example.com/sessions?engagement=low"),
            FeatureMentionTotal = 8,
            FeatureRequests = [new("Mobile app", 3, "Need to sign on phone"), new("Bulk send", 2, "Send 100 contracts at once"), new("Custom branding", 2, null)],
            FeatureRequestLogUrl = new Uri("https://va.example.com/requests"),
        }));

        Assert.Equal("📊 Hourly quality digest: 3 content gaps, 3 low-engagement sessions, 3 feature requests", (string?)json["text"]);
        Assert.Equal(
            ["header", "context", "divider", "section", "actions", "context", "divider", "section", "actions", "context", "divider", "section", "actions", "context"],
            Types(json));
        var blocks = json["blocks"]!;
        Assert.Equal(
            "*📚 CONTENT GAPS (Last Hour)*\nFailed Searches (15 total):\n1. \"How to use Zapier integration\" (5 searches)\n2. \"Mobile app availability\" (3 searches)\n3. \"Enterprise pricing details\" (3 searches)",
            (string?)blocks[3]!["text"]!["text"]);
        AssertButtons(blocks[4]!, ("Full Report", "https://va.example.com/dashboards/gaps", "open_content_gap_report"));
        Assert.Equal(["*Action:* Update Intercom articles"], Texts(blocks[5]!["elements"]!));
        Assert.Equal(
            "*📉 LOW ENGAGEMENT SESSIONS (Last Hour)*\n3 calls with score &lt;5:\n• Session abc123: Score 3.2 - High interruptions\n• Session def456: Score 4.1 - User frustration detected\n• Session ghi789: Score 4.8 - Abrupt ending",
            (string?)blocks[7]!["text"]!["text"]);
        Assert.Equal(["*Pattern:* Users asking about feature X (not in KB)"], Texts(blocks[9]!["elements"]!));
        Assert.Equal(
            "*💡 FEATURE REQUESTS (Last Hour)*\nRequested Features (8 mentions):\n1. Mobile app (3 mentions) - \"Need to sign on phone\"\n2. Bulk send (2 mentions) - \"Send 100 contracts at once\"\n3. Custom branding (2 mentions)",
            (string?)blocks[11]!["text"]!["text"]);
        Assert.Equal(["*Action:* Update product roadmap voting"], Texts(blocks[13]!["elements"]!));
        Assert.DoesNotContain("<@", json.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<!here", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void QualityDigest_OnlyFeatureRequests_OtherPartsLeftOut()
    {
        var json = Serialize(SlackMessages.QualityDigest(new QualityDigestDetails
        {
            HourEnding = new DateTimeOffset(2026, 8, 18, 16, 0, 0, TimeSpan.Zero),
            FeatureMentionTotal = 1,
            FeatureRequests = [new("Mobile app", 1, null)],
        }));

        Assert.Equal(["header", "context", "divider", "section", "context"], Types(json));
        Assert.StartsWith("*💡 FEATURE REQUESTS (Last Hour)*\nRequested Features (1 mention):\n1. Mobile app (1 mention)", (string?)json["blocks"]![3]!["text"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void QualityDigest_NothingToReport_SaysSo()
    {
        var json = Serialize(SlackMessages.QualityDigest(new QualityDigestDetails { HourEnding = DateTimeOffset.UnixEpoch }));

        Assert.Equal(["header", "context", "section"], Types(json));
        Assert.Contains("No content gaps", (string?)json["blocks"]![2]!["text"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderBlock_LongerThan150Characters_IsTruncated()
    {
        var json = Serialize(SlackMessages.CompetitorMentioned(new CompetitorMentionDetails { LeadName = "A", Competitor = new string('x', 500) }));

        Assert.All(json["blocks"]![1]!["fields"]!.AsArray(), f => Assert.True(((string?)f!["text"])!.Length <= SectionBlock.MaxFieldLength));
        Assert.Equal(HeaderBlock.MaxLength, HeaderBlock.Of(new string('y', 400)).Text.Text.Length);
    }

    [Fact]
    public void Serialize_DividerAndMissingValues_TypeOnlyAndNullsLeftOut()
    {
        var json = Serialize(new SlackMessage("t", [new DividerBlock(), SectionBlock.WithFields(["a"])]));

        Assert.Equal("""{"text":"t","blocks":[{"type":"divider"},{"type":"section","fields":[{"type":"mrkdwn","text":"a"}]}]}""", json.ToJsonString());
    }

    private static JsonNode Serialize(SlackMessage message) => JsonNode.Parse(SlackJson.Serialize(message))!;

    private static List<string?> Types(JsonNode json) => [.. json["blocks"]!.AsArray().Select(b => (string?)b!["type"])];

    private static List<string?> Texts(JsonNode array) => [.. array.AsArray().Select(e => (string?)e!["text"])];

    private static void AssertButtons(JsonNode actions, params (string Label, string Url, string ActionId)[] expected)
    {
        Assert.Equal("actions", (string?)actions["type"]);
        var buttons = actions["elements"]!.AsArray();
        Assert.Equal(expected.Length, buttons.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal("button", (string?)buttons[i]!["type"]);
            Assert.Equal("plain_text", (string?)buttons[i]!["text"]!["type"]);
            Assert.Equal(expected[i].Label, (string?)buttons[i]!["text"]!["text"]);
            Assert.Equal(expected[i].Url, (string?)buttons[i]!["url"]);
            Assert.Equal(expected[i].ActionId, (string?)buttons[i]!["action_id"]);
        }
    }
}
