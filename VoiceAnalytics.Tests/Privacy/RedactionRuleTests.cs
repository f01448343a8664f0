using System.Text.Json.Nodes;
using VoiceAnalytics.Core.Privacy;

namespace VoiceAnalytics.Tests.Privacy;

public sealed class RedactionRuleTests
{
    private static readonly PersonKey Key = new("a-test-secret-of-at-least-32-characters!");

    [Fact]
    public void EmailRedaction_SameAddressAnySpelling_SameKeyedHash()
    {
        var sut = new EmailRedaction(Key);

        var hash = sut.Redact("Dana.W@Example.com ");

        Assert.Equal(hash, sut.Redact("dana.w@example.com"));
        Assert.StartsWith("hmac:", hash, StringComparison.Ordinal);
        Assert.Equal(5 + 64, hash.Length);
        Assert.DoesNotContain("dana", hash, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(hash, new EmailRedaction(new PersonKey("another-secret-of-at-least-32-characters")).Redact("dana.w@example.com"));
    }

    [Fact]
    public void NameRedaction_Name_UserAndEightHexDigits()
    {
        var sut = new NameRedaction(Key);

        var pseudonym = sut.Redact("Dana Whitfield");

        Assert.Matches("^User [0-9a-f]{8}$", pseudonym);
        Assert.Equal(pseudonym, sut.Redact(" dana whitfield"));
        Assert.Equal(pseudonym, sut.Redact(pseudonym)); // idempotent
    }

    [Theory]
    [InlineData("mail me at dana.w@example.com please", "mail me at [EMAIL] please")]
    [InlineData("call +1 (555) 010-2233 or 555.010.2233", "call [PHONE] or [PHONE]")]
    [InlineData("this is Dana Whitfield speaking, Dana here", "this is User 00000000 speaking, User 00000000 here")]
    [InlineData("we have 12 seats", "we have 12 seats")]
    public void FreeTextMasking_Text_EmailsPhonesAndNameMasked(string text, string expected)
    {
        Assert.Equal(expected, FreeTextMasking.Mask(text, "Dana Whitfield", "User 00000000"));
    }

    [Fact]
    public void QuoteRedaction_AnalysisJson_EveryQuoteAndEvidenceRedacted()
    {
        var node = JsonNode.Parse("""
            {"team_size": {"value": 12, "evidence": [{"quote": "we are 12", "item_id": "i2"}]},
             "moments": [{"quote": "I love it", "score": 0.9}], "evidence": "a quote", "quotes": ["x", "y"], "summary": "kept"}
            """);

        var changed = QuoteRedaction.Redact(node);

        Assert.True(changed);
        Assert.Equal("[REDACTED]", node!["team_size"]!["evidence"]![0]!["quote"]!.GetValue<string>());
        Assert.Equal("i2", node["team_size"]!["evidence"]![0]!["item_id"]!.GetValue<string>());
        Assert.Equal("[REDACTED]", node["moments"]![0]!["quote"]!.GetValue<string>());
        Assert.Equal("[REDACTED]", node["evidence"]!.GetValue<string>());
        Assert.Equal(["[REDACTED]", "[REDACTED]"], node["quotes"]!.AsArray().Select(q => q!.GetValue<string>()));
        Assert.Equal("kept", node["summary"]!.GetValue<string>());
        Assert.False(QuoteRedaction.Redact(node)); // a second pass changes nothing
    }

    [Fact]
    public void PersonRedaction_Payload_IdentityReplacedTextMaskedIdsAndTimesKept()
    {
        var sut = new PersonRedactions(Key).For("dana.w@example.com", "Dana Whitfield");
        var payload = """
            {"session_id": "s-20260818-123456789", "start_time": "2026-08-18 15:02:11", "user_email": "dana.w@example.com", "user_name": "Dana Whitfield",
             "transcript": {"items": [{"id": "i2", "role": "user", "content": ["I'm Dana, reach me at 555 010 2233 or dana@corp.example"]}]}}
            """;

        var redacted = JsonNode.Parse(sut.RedactJson(payload)!)!;

        Assert.Equal("s-20260818-123456789", redacted["session_id"]!.GetValue<string>());
        Assert.Equal("2026-08-18 15:02:11", redacted["start_time"]!.GetValue<string>());
        Assert.Equal(sut.EmailHash, redacted["user_email"]!.GetValue<string>());
        Assert.Equal(sut.Pseudonym, redacted["user_name"]!.GetValue<string>());
        Assert.Equal($"I'm {sut.Pseudonym}, reach me at [PHONE] or [EMAIL]", redacted["transcript"]!["items"]![0]!["content"]![0]!.GetValue<string>());
        Assert.Equal(redacted.ToJsonString(), JsonNode.Parse(sut.RedactJson(redacted.ToJsonString())!)!.ToJsonString());
    }
}
