using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VoiceAnalytics.Core.Scheduling;
using VoiceAnalytics.Tests.Support;

namespace VoiceAnalytics.Tests.Privacy;

/// <summary>The erasure API on the real local host (Kestrel, the queue pump, the real pipeline and outbox sinks).</summary>
public sealed class PrivacyApiTests
{
    private const string Email = "dana.w@example.com";
    private const string Name = "Dana Whitfield";
    private const string Phrase = "purple elephant onboarding";

    [Fact]
    public async Task DeletePerson_AfterAFullRun_ReceiptCountsStoresAndNoLogCarriesThePerson()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await ApiHost.StartAsync(services: s => s.AddSingleton<ILoggerProvider>(logs));
        var body = PrivacyApp.Payload("s-api-1", Email, Name, PrivacyApp.TierOneText + " " + Phrase + ", call me on 555 010 2233.", DateTimeOffset.UtcNow);
        using (var post = await host.Client.SendAsync(SessionsClient.Post(body)))
        {
            Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        }

        await SessionsClient.WaitForStatusAsync(host.Client, "s-api-1", "analyzed");
        foreach (var job in host.Services.GetServices<IScheduledJob>())
        {
            await job.RunAsync(new JobOccurrence(job.Name, DateTimeOffset.UtcNow, false), CancellationToken.None);
        }

        using var delete = await host.Client.SendAsync(Keyed(HttpMethod.Delete, "/api/people/" + Uri.EscapeDataString(Email)));
        Assert.Equal(HttpStatusCode.Accepted, delete.StatusCode);
        var accepted = await delete.Content.ReadFromJsonAsync<JsonElement>();
        var statusUrl = accepted.GetProperty("status_url").GetString()!;
        Assert.Equal("/api/erasures/" + accepted.GetProperty("erasure_id").GetString(), statusUrl);

        using var get = await host.Client.SendAsync(Keyed(HttpMethod.Get, statusUrl));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var receiptText = await get.Content.ReadAsStringAsync();
        var receipt = JsonDocument.Parse(receiptText).RootElement;
        Assert.Equal(1, receipt.GetProperty("sessions").GetInt32());
        Assert.Equal(1, receipt.GetProperty("removed").GetProperty("raw_payloads").GetInt32());
        Assert.Equal(1, receipt.GetProperty("removed").GetProperty("warehouse_sessions").GetInt32());
        Assert.True(receipt.GetProperty("removed").GetProperty("outbox_entries").GetInt32() > 0);
        Assert.DoesNotContain(Email, receiptText, StringComparison.OrdinalIgnoreCase);
        using (var status = await host.Client.SendAsync(Keyed(HttpMethod.Get, "/api/sessions/s-api-1")))
        {
            Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        }

        Assert.NotEmpty(logs.Entries);
        foreach (var secret in new[] { Email, Name, "Whitfield", Phrase, "555 010 2233", "contracts a month" })
        {
            var leaks = logs.Entries.Where(entry => entry.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaks.Count == 0, $"'{secret}' logged in: {string.Join("\n", leaks)}");
        }
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("dana@")]
    [InlineData("a b@example.com")]
    public async Task DeletePerson_InvalidEmail_ProblemWithTheParameterName(string email)
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.Client.SendAsync(Keyed(HttpMethod.Delete, "/api/people/" + Uri.EscapeDataString(email)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("email", problem.GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.EndsWith("/invalid-parameter", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetErasure_UnknownId_NotFoundProblem()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.Client.SendAsync(Keyed(HttpMethod.Get, "/api/erasures/nope"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DeletePerson_WithoutKey_Unauthorized()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/people/dana%40example.com"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostSession_AfterItsPersonWasErased_GoneProblemAndNothingStored_ANewSessionIsTakenIn()
    {
        await using var host = await ApiHost.StartAsync();
        var body = PrivacyApp.Payload("s-gone-1", Email, Name, PrivacyApp.TierOneText, DateTimeOffset.UtcNow);
        using (var post = await host.Client.SendAsync(SessionsClient.Post(body)))
        {
            Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        }

        await SessionsClient.WaitForStatusAsync(host.Client, "s-gone-1", "analyzed");
        using (var delete = await host.Client.SendAsync(Keyed(HttpMethod.Delete, "/api/people/" + Uri.EscapeDataString(Email))))
        {
            Assert.Equal(HttpStatusCode.Accepted, delete.StatusCode);
        }

        using (var again = await host.Client.SendAsync(SessionsClient.Post(body)))
        {
            Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
            Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
            var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
            Assert.EndsWith("/session-erased", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        }

        using (var status = await host.Client.SendAsync(Keyed(HttpMethod.Get, "/api/sessions/s-gone-1")))
        {
            Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        }

        var next = PrivacyApp.Payload("s-gone-2", Email, Name, PrivacyApp.TierOneText, DateTimeOffset.UtcNow);
        using (var post = await host.Client.SendAsync(SessionsClient.Post(next)))
        {
            Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        }

        await SessionsClient.WaitForStatusAsync(host.Client, "s-gone-2", "analyzed");
    }

    private static HttpRequestMessage Keyed(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("x-functions-key", ApiHost.Key);
        return request;
    }
}
