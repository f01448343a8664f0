using VoiceAnalytics.Core.Analysis.Text;

namespace VoiceAnalytics.Core.Analysis.Quality;

/// <summary>
/// The agent's listening: turns that acknowledge ("got it", "makes sense"), turns that build on the user's own words,
/// and turns that ask for clarification ("just to confirm", "do you mean").
/// </summary>
public sealed record ActiveListening(int Acknowledgments, int BuildOnResponses, int Clarifications, IReadOnlyList<Evidence> Examples);
