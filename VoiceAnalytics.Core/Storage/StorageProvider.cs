namespace VoiceAnalytics.Core.Storage;

public enum StorageProvider
{
    Sqlite,
    AzureStorage,
}
