using VoiceAnalytics.Core.Sinks.Salesforce.Api;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

public sealed class SoqlTests
{
    [Theory]
    [InlineData("jane@example.com", "'jane@example.com'")]
    [InlineData("o'brien@example.com", @"'o\'brien@example.com'")]
    [InlineData(@"a\b@example.com", @"'a\\b@example.com'")]
    [InlineData("x'; DELETE", @"'x\'; DELETE'")]
    [InlineData("tab\there\nline\"q", "'tab\\there\\nline\\\"q'")]
    public void Literal_ReservedCharacters_AreBackslashEscaped(string value, string expected) =>
        Assert.Equal(expected, Soql.Literal(value));
}
