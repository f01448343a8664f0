namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit;

/// <summary>A word of a text; <see cref="KeyLength"/> leaves out a possessive "'s" ("DocuSign's" reads as "DocuSign").</summary>
internal readonly record struct WordToken(int Start, int Length, int KeyLength)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Key(string text) => text.AsSpan(Start, KeyLength);
}
