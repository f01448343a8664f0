using WireMock.RequestBuilders;

namespace VoiceAnalytics.Tests.Sinks.Salesforce;

public sealed class SalesforceClientFindIdTests : IDisposable
{
    private readonly SalesforceServer _salesforce = new();

    public SalesforceClientFindIdTests() => _salesforce.GivenToken();

    public void Dispose() => _salesforce.Dispose();

    [Fact]
    public async Task FindIdAsync_ValueWithQuote_IsEscapedAndTheNewestRecordAsked()
    {
        _salesforce.Given(Request.Create().WithPath(SalesforceServer.Api + "/query").UsingGet(), 200, """{"totalSize":0,"done":true,"records":[]}""");

        var result = await _salesforce.CreateClient().FindIdAsync("Task", "Voice_Session_Id__c", "s'1", CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Null(result.Id);
        Assert.Equal(
            @"SELECT Id FROM Task WHERE Voice_Session_Id__c = 's\'1' ORDER BY LastModifiedDate DESC LIMIT 1",
            SalesforceServer.SoqlOf(Assert.Single(_salesforce.ApiRequests())));
    }

    [Theory]
    [InlineData("Task", "Id = '' OR Name")]
    [InlineData("Task WHERE", "Subject")]
    public async Task FindIdAsync_NotAnApiName_ThrowsWithoutCalling(string sObject, string field)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _salesforce.CreateClient().FindIdAsync(sObject, field, "x", CancellationToken.None));

        Assert.Empty(_salesforce.ApiRequests());
    }
}
