using VoiceAnalytics.Core.Analysis.Text.Words;

namespace VoiceAnalytics.Core.Analysis.Text.Numbers;

/// <summary>Reads spelled-out numbers: "twenty-five", "a hundred and fifty", "two thousand three hundred", "fifteen hundred".</summary>
internal static class NumberWordSequence
{
    private enum Part
    {
        None,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
    }

    /// <param name="bareScaleAllowed">True after "a"/"an": "a hundred", "a thousand".</param>
    public static bool TryRead(TokenizedText text, int start, bool bareScaleAllowed, out double value, out int end, out int scale)
    {
        long total = 0;
        long group = 0;
        var last = Part.None;
        var k = start;
        scale = 1;
        while (text.IsWord(k) || text.IsSymbol(k, '-'))
        {
            if (text.IsSymbol(k, '-'))
            {
                if (last == Part.Tens && text.Touch(k - 1, k) && text.Touch(k, k + 1) && PartAt(text, k + 1) == Part.Unit)
                {
                    k++; // "twenty-five"
                    continue;
                }

                break;
            }

            if (text.Is(k, "and") && last is Part.Hundred or Part.Scale && PartAt(text, k + 1) is Part.Unit or Part.Teen or Part.Tens)
            {
                k++; // "a hundred and fifty"
                continue;
            }

            if (!NumberWords.TryValue(text.Span(k), out var v) || !Fits(last, PartOf(v), group, v, bareScaleAllowed && last == Part.None))
            {
                break;
            }

            last = PartOf(v);
            switch (last)
            {
                case Part.Hundred:
                    group = Math.Max(group, 1) * 100;
                    break;
                case Part.Scale:
                    total += Math.Max(group, 1) * v;
                    group = 0;
                    break;
                default:
                    group += v;
                    break;
            }

            scale = last switch { Part.Hundred => 100, Part.Scale => v, _ => 1 };
            k++;
        }

        value = total + group;
        end = k;
        return last != Part.None;
    }

    private static bool Fits(Part last, Part part, long group, int value, bool bareScale) => part switch
    {
        Part.Unit when value == 0 => last == Part.None,
        Part.Unit => last is Part.None or Part.Tens or Part.Hundred or Part.Scale,
        Part.Teen or Part.Tens => last is Part.None or Part.Hundred or Part.Scale,
        Part.Hundred => (last is Part.Unit or Part.Teen or Part.Tens && group < 100) || bareScale,
        Part.Scale => last is Part.Unit or Part.Teen or Part.Tens or Part.Hundred || bareScale,
        _ => false,
    };

    private static Part PartAt(TokenizedText text, int index) =>
        text.IsWord(index) && NumberWords.TryValue(text.Span(index), out var v) ? PartOf(v) : Part.None;

    private static Part PartOf(int value) => value switch
    {
        < 10 => Part.Unit,
        < 20 => Part.Teen,
        < 100 => Part.Tens,
        100 => Part.Hundred,
        _ => Part.Scale,
    };
}
