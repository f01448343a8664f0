namespace VoiceAnalytics.Functions.Hosting;

public enum HostingMode
{
    /// <summary>Kestrel on 7071, the local queue pump and timers, everything in the embedded database.</summary>
    Local,

    /// <summary>Under the Azure Functions host as a custom handler: the host triggers, the app answers invocations.</summary>
    CustomHandler,
}
