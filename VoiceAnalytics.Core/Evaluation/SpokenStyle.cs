using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace VoiceAnalytics.Core.Evaluation;

/// <summary>
/// Rewrites the user's turns of a labeled call the way a speech-to-text engine could have given them, without
/// changing what was said, so the labels still hold: <see cref="Raw"/> is lower case with no punctuation, numbers
/// often spelled out and brand names split ("sales force"); <see cref="Smart"/> keeps casing and sentences but drops
/// most question marks. Both add fillers. <c>eval DIR --restyle raw|smart</c> uses it to measure how much of an
/// analyzer's accuracy depends on tidy text. Deterministic: the same call gives the same rewrite.
/// </summary>
public static partial class SpokenStyle
{
    public const string Raw = "raw";
    public const string Smart = "smart";

    public static bool IsKnown(string style) => style is Raw or Smart;

    private static readonly (string Word, string Split)[] BrandSplits =
    [
        ("pandadoc", "panda doc"), ("docusign", "docu sign"), ("salesforce", "sales force"), ("hubspot", "hub spot"),
        ("dropbox", "drop box"), ("quickbooks", "quick books"), ("onedrive", "one drive"), ("sharepoint", "share point"),
        ("pipedrive", "pipe drive"), ("signnow", "sign now"), ("jotform", "jot form"), ("proposify", "propose ify"),
    ];

    private static readonly string[] Fillers = ["um", "uh", "so", "like", "you know", "I mean"];

    /// <summary>The payload with every user message's text rewritten; other items untouched.</summary>
    public static byte[] RewritePayload(byte[] payload, string style)
    {
        var root = JsonNode.Parse(payload);
        if (root?["transcript"]?["items"] is not JsonArray items)
        {
            return payload;
        }

        var seed = StableHash(root["session_id"]?.GetValue<string>() ?? string.Empty);
        var turn = 0;
        foreach (var item in items)
        {
            if (item?["role"]?.GetValue<string>() != "user" || item["content"] is not JsonArray content)
            {
                continue;
            }

            for (var i = 0; i < content.Count; i++)
            {
                if (content[i] is JsonValue value && value.TryGetValue<string>(out var text))
                {
                    content[i] = Rewrite(text, style, new Random(seed + turn++));
                }
            }
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    public static string Rewrite(string text, string style, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        foreach (var (word, split) in BrandSplits)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase) && random.NextDouble() < 0.5)
            {
                text = Regex.Replace(text, word, split, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
        }

        text = AddFillers(text, random);
        if (style == Raw)
        {
            text = PlainNumber().Replace(text, m => random.NextDouble() < 0.6 ? NumberWords(int.Parse(m.Value, CultureInfo.InvariantCulture)) : m.Value);
            text = SentencePunctuation().Replace(text, " ");
            text = Spaces().Replace(text, " ").Trim().ToLowerInvariant();
        }
        else
        {
            text = QuestionMark().Replace(text, m => random.NextDouble() < 0.7 ? "." : m.Value);
        }

        return text;
    }

    /// <summary>A filler after some sentence ends and some commas ("We send, um, about 40").</summary>
    private static string AddFillers(string text, Random random)
    {
        var builder = new StringBuilder(text.Length + 16);
        if (random.NextDouble() < 0.3)
        {
            builder.Append(Capitalize(Fillers[random.Next(Fillers.Length)])).Append(", ");
            text = text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
        }

        for (var i = 0; i < text.Length; i++)
        {
            builder.Append(text[i]);
            if (text[i] == ',' && i + 1 < text.Length && text[i + 1] == ' ' && random.NextDouble() < 0.2)
            {
                builder.Append(' ').Append(Fillers[random.Next(Fillers.Length)]).Append(',');
            }
        }

        return builder.ToString();
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static readonly string[] Ones =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>0-999 as a speaker says it: "forty five", "a hundred", "two hundred fifty".</summary>
    public static string NumberWords(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 999);
        if (number >= 100)
        {
            var hundreds = number / 100 == 1 ? "a hundred" : Ones[number / 100] + " hundred";
            return number % 100 == 0 ? hundreds : hundreds + " " + NumberWords(number % 100);
        }

        return number < 20 ? Ones[number] : number % 10 == 0 ? Tens[number / 10] : Tens[number / 10] + " " + Ones[number % 10];
    }

    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x3FFFFFFF);
    }

    // A 1-3 digit number standing alone: not a price, a percentage, a time, a decimal, an id or part of 1,500.
    [GeneratedRegex(@"(?<![\w$£€.,:/-])\d{1,3}(?![\w%])(?![.,:/]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    // Sentence punctuation, but not a decimal point or thousands separator between digits.
    [GeneratedRegex(@"[?!;]|[.,:](?!\d)|(?<!\d)[.,:]", RegexOptions.CultureInvariant)]
    private static partial Regex SentencePunctuation();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\?", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionMark();
}
