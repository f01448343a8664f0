namespace VoiceAnalytics.Core.Analysis.Text.Words;

/// <summary>How much of the tokens <see cref="SpeechTokenizer"/> joins into one word.</summary>
public enum WordGrain
{
    /// <summary>As spoken: inner hyphens and digit separators join ("e-signature", "1,200", "9:30").</summary>
    Spoken,

    /// <summary>
    /// Runs of letters, digits and apostrophes: hyphens and digit separators cut ("sign-on" is "sign" and "on"),
    /// apostrophes join even at the edges ("volunteers'" stays apart from "volunteers").
    /// </summary>
    Split,
}
