using VoiceAnalytics.Core.Analysis.Llm;

namespace VoiceAnalytics.Tests.Analysis.Llm;

public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData("mail me at dana.w+trial@whitfield-law.co.uk please", "mail me at [EMAIL] please")]
    [InlineData("call 415-555-0134 or +1 (415) 555 0199", "call [PHONE] or [PHONE]")]
    [InlineData("this is Dana, Dana Whitfield", "this is [USER], [USER]")]
    [InlineData("about 30 a week, 1,200 a year, in 2026", "about 30 a week, 1,200 a year, in 2026")]
    public void Mask_PersonalData_IsReplacedByPlaceholders(string text, string expected) =>
        Assert.Equal(expected, PersonalDataMasker.Mask(text, "Dana Whitfield"));
}
