using Microsoft.Extensions.Options;
using VoiceAnalytics.Core.Ingest;

namespace VoiceAnalytics.Functions.Hosting;

/// <summary>Under Azure no key is generated: refuse to start with an open ingest endpoint.</summary>
public sealed class IngestOptionsValidator(HostingModeAccessor mode) : IValidateOptions<IngestOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestOptions options) =>
        mode.Mode == HostingMode.CustomHandler && string.IsNullOrEmpty(options.ApiKey) && string.IsNullOrEmpty(options.SigningSecret)
            ? ValidateOptionsResult.Fail("Set Ingest:ApiKey (Ingest__ApiKey) or Ingest:SigningSecret (Ingest__SigningSecret) in the app settings.")
            : ValidateOptionsResult.Success;
}
