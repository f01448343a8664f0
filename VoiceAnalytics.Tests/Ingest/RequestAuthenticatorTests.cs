using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using VoiceAnalytics.Core.Ingest;

namespace VoiceAnalytics.Tests.Ingest;

public sealed class RequestAuthenticatorTests
{
    private const string Secret = "whsec_test";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"session_id\":\"a\"}");
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_787_065_000));

    [Fact]
    public void Check_ValidKey_Authenticated() =>
        Assert.True(CreateSut().Check("key-1", null, Body).IsAuthenticated);

    [Fact]
    public void Check_WrongKey_Denied() =>
        Assert.False(CreateSut().Check("key-2", null, Body).IsAuthenticated);

    [Fact]
    public void Check_NoCredentials_Denied() =>
        Assert.False(CreateSut().Check(null, null, Body).IsAuthenticated);

    [Fact]
    public void Check_ValidSignature_Authenticated()
    {
        var t = _time.GetUtcNow().ToUnixTimeSeconds();

        var outcome = CreateSut().Check(null, $"t={t},v1={RequestAuthenticator.Sign(Secret, t, Body)}", Body);

        Assert.True(outcome.IsAuthenticated);
    }

    [Fact]
    public void Check_SignatureOfAnotherBody_Denied()
    {
        var t = _time.GetUtcNow().ToUnixTimeSeconds();
        var header = $"t={t},v1={RequestAuthenticator.Sign(Secret, t, Body)}";

        var outcome = CreateSut().Check(null, header, Encoding.UTF8.GetBytes("{\"session_id\":\"b\"}"));

        Assert.False(outcome.IsAuthenticated);
        Assert.Contains("does not match", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Check_TimestampOutsideTolerance_Denied(int offsetSeconds)
    {
        var t = _time.GetUtcNow().ToUnixTimeSeconds() + offsetSeconds;

        var outcome = CreateSut().Check(null, $"t={t},v1={RequestAuthenticator.Sign(Secret, t, Body)}", Body);

        Assert.False(outcome.IsAuthenticated);
        Assert.Contains("tolerance", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CapturedSignatureReplayedAfterTolerance_Denied()
    {
        var sut = CreateSut();
        var t = _time.GetUtcNow().ToUnixTimeSeconds();
        var header = $"t={t},v1={RequestAuthenticator.Sign(Secret, t, Body)}";
        Assert.True(sut.Check(null, header, Body).IsAuthenticated);

        _time.Advance(TimeSpan.FromSeconds(301));

        Assert.False(sut.Check(null, header, Body).IsAuthenticated);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("t=abc,v1=00")]
    [InlineData("t=1787065000")]
    [InlineData("t=1787065000,v1=zz")]
    public void Check_MalformedSignature_Denied(string header) =>
        Assert.False(CreateSut().Check(null, header, Body).IsAuthenticated);

    [Fact]
    public void Check_SignatureButNoSecretConfigured_Denied()
    {
        var t = _time.GetUtcNow().ToUnixTimeSeconds();

        var outcome = CreateSut(secret: null).Check(null, $"t={t},v1={RequestAuthenticator.Sign(Secret, t, Body)}", Body);

        Assert.False(outcome.IsAuthenticated);
    }

    private RequestAuthenticator CreateSut(string? secret = Secret)
    {
        var options = Substitute.For<IOptionsMonitor<IngestOptions>>();
        options.CurrentValue.Returns(new IngestOptions { ApiKey = "key-1", SigningSecret = secret });
        return new RequestAuthenticator(options, _time);
    }
}
