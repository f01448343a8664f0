namespace VoiceAnalytics.Tests.Storage.Azure;

/// <summary>One Azurite process for all Azure storage test classes (starting it takes a few seconds).</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
