using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using VoiceAnalytics.Functions.Api;

namespace VoiceAnalytics.Tests.Functions.Api;

/// <summary>The mapping both hosts use (worker middleware under Azure, ASP.NET Core middleware locally).</summary>
public sealed class FailureMappingTests
{
    [Fact]
    public void ToProblem_BodyTimeout_408()
    {
        var problem = FailureMapping.ToProblem(new BadHttpRequestException("Reading the request body timed out due to data arriving too slowly.", StatusCodes.Status408RequestTimeout));

        Assert.Equal(408, Assert.IsAssignableFrom<IStatusCodeHttpResult>(problem).StatusCode);
    }

    [Fact]
    public void ToProblem_DatabaseLocked_503()
    {
        var problem = FailureMapping.ToProblem(new SqliteException("SQLite Error 5: 'database is locked'.", 5));

        Assert.Equal(503, Assert.IsAssignableFrom<IStatusCodeHttpResult>(problem).StatusCode);
    }

    [Fact]
    public void ToProblem_AnyOtherFailure_NotMapped()
    {
        Assert.Null(FailureMapping.ToProblem(new BadHttpRequestException("Unexpected end of request content.", StatusCodes.Status400BadRequest)));
        Assert.Null(FailureMapping.ToProblem(new NullReferenceException()));
    }
}
