namespace VoiceAnalytics.Core.Privacy;

/// <summary>Builds the <see cref="PersonRedaction"/> of a person from the keyed rules (a singleton service).</summary>
public sealed class PersonRedactions(PersonKey key)
{
    private readonly EmailRedaction _emails = new(key);
    private readonly NameRedaction _names = new(key);

    public PersonRedaction For(string? email, string? name) => new(email, name, _emails, _names);

    /// <summary>The keyed hash that indexes a person's sessions (the hex of <see cref="PersonKey.HashEmail"/>).</summary>
    public string IndexOf(string email) => key.HashEmail(email);
}
