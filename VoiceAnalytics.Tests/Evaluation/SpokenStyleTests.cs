using System.Text;
using System.Text.Json;
using VoiceAnalytics.Core.Evaluation;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Evaluation;

public sealed class SpokenStyleTests
{
    [Theory]
    [InlineData(0, "zero")]
    [InlineData(12, "twelve")]
    [InlineData(40, "forty")]
    [InlineData(45, "forty five")]
    [InlineData(100, "a hundred")]
    [InlineData(250, "two hundred fifty")]
    [InlineData(999, "nine hundred ninety nine")]
    public void NumberWords_SaysTheNumberAsSpoken(int number, string expected) =>
        Assert.Equal(expected, SpokenStyle.NumberWords(number));

    [Fact]
    public void Rewrite_Raw_LowerCaseWithoutSentencePunctuation()
    {
        var text = SpokenStyle.Rewrite("We're a team of 12. Does it connect to HubSpot? Thanks!", SpokenStyle.Raw, new Random(3));

        Assert.Equal(text.ToLowerInvariant(), text);
        Assert.DoesNotContain('?', text);
        Assert.DoesNotContain('.', text);
        Assert.DoesNotContain('!', text);
        Assert.Contains("connect to", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("It costs $49 a seat.", "$49")]
    [InlineData("We grew 20% last year.", "20%")]
    [InlineData("Call me at 10:30 on the 3rd.", "10:30")]
    [InlineData("We sent 1,500 of them in 2026.", "1,500")]
    [InlineData("Version 2.5 of the form.", "2.5")]
    public void Rewrite_Raw_LeavesPricesPercentagesTimesAndLongNumbersAsDigits(string input, string kept)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            Assert.Contains(kept, SpokenStyle.Rewrite(input, SpokenStyle.Raw, new Random(seed)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rewrite_Raw_SpellsOutSmallNumbersSometimes()
    {
        var outputs = Enumerable.Range(0, 20).Select(seed => SpokenStyle.Rewrite("about 40 a week", SpokenStyle.Raw, new Random(seed))).ToList();

        Assert.Contains(outputs, o => o.Contains("forty a week", StringComparison.Ordinal));
        Assert.Contains(outputs, o => o.Contains("40 a week", StringComparison.Ordinal));
    }

    [Fact]
    public void Rewrite_Smart_KeepsCasingAndDropsMostQuestionMarks()
    {
        var outputs = Enumerable.Range(0, 20).Select(seed => SpokenStyle.Rewrite("Can I send it to Salesforce?", SpokenStyle.Smart, new Random(seed))).ToList();

        Assert.All(outputs, o => Assert.True(char.IsUpper(o[0]), o));
        Assert.Contains(outputs, o => o.EndsWith('.'));
        Assert.Contains(outputs, o => o.Contains("sales force", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void RewritePayload_ChangesOnlyUserTurnsAndIsDeterministic()
    {
        var payload = File.ReadAllBytes(Path.Combine(TestData.SharedDir, "data", "calls", "dev-001.json"));

        var once = SpokenStyle.RewritePayload(payload, SpokenStyle.Raw);
        var twice = SpokenStyle.RewritePayload(payload, SpokenStyle.Raw);

        Assert.Equal(Encoding.UTF8.GetString(once), Encoding.UTF8.GetString(twice));
        var (before, after) = (Messages(payload), Messages(once));
        Assert.Equal(before.Count, after.Count);
        for (var i = 0; i < before.Count; i++)
        {
            Assert.Equal(before[i].Role, after[i].Role);
            if (before[i].Role == "user")
            {
                Assert.Equal(after[i].Text.ToLowerInvariant(), after[i].Text);
                Assert.DoesNotContain('?', after[i].Text);
            }
            else
            {
                Assert.Equal(before[i].Text, after[i].Text);
            }
        }
    }

    private static List<(string Role, string Text)> Messages(byte[] payload)
    {
        using var json = JsonDocument.Parse(payload);
        return
        [
            .. json.RootElement.GetProperty("transcript").GetProperty("items").EnumerateArray()
                .Where(i => i.TryGetProperty("role", out _) && i.TryGetProperty("content", out _))
                .Select(i => (i.GetProperty("role").GetString()!, string.Concat(i.GetProperty("content").EnumerateArray().Select(c => c.ValueKind == JsonValueKind.String ? c.GetString() : "")))),
        ];
    }
}
