namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Lexicons;

/// <summary>A term found in a text at characters [Start, End), with the index of its first word.</summary>
internal readonly record struct LexiconMatch(LexiconEntry Entry, int Start, int End, int FirstWord);
