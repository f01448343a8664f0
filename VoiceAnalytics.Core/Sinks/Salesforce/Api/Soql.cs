using System.Text;

namespace VoiceAnalytics.Core.Sinks.Salesforce.Api;

/// <summary>
/// SOQL string literals. Quote and backslash are reserved and take a backslash; new line, carriage return, tab, bell,
/// form feed and double quote have escapes too
/// (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_quotedstringescapes.htm).
/// </summary>
internal static class Soql
{
    public static string Literal(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '"' => "\\\"",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\b' => @"\b",
                '\f' => @"\f",
                _ => c.ToString(),
            });
        }

        return text.Append('\'').ToString();
    }
}
