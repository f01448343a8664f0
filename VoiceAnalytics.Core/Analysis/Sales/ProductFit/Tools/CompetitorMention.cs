using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Sales.ProductFit.Tools;

/// <summary>A competitor the user named.</summary>
/// <param name="Competitor">Label-enum value: docusign, adobe_sign, dropbox_sign, proposify, qwilr, better_proposals, signnow, conga, ironclad, jotform, zoho_sign.</param>
/// <param name="Context">current_tool | past_tool | considering | comparison | mentioned.</param>
/// <param name="Sentiment">positive | negative | neutral: the user's attitude toward it.</param>
public sealed record CompetitorMention(string Competitor, string Context, string Sentiment, double Confidence, Evidence Evidence);
