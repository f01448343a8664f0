using System.Security.Cryptography;
using System.Text;
using VoiceAnalytics.Core.Ingest;

namespace VoiceAnalytics.Tests.Ingest;

/// <summary>The idempotency key: the same JSON document written differently is the same body; any change of content is not.</summary>
public sealed class JsonContentHashTests
{
    private const string Document = """{"session_id":"s-1","metrics":{"b":[1,2.50,{"y":null,"x":true}],"a":"caf\u00e9"},"n":-0.0}""";

    [Theory]
    [InlineData("{ \"session_id\" : \"s-1\",\n  \"metrics\": { \"b\": [ 1, 2.50, { \"y\": null, \"x\": true } ], \"a\": \"caf\\u00e9\" },\n  \"n\": -0.0 }\n")]
    [InlineData("""{"n":-0.0,"metrics":{"a":"caf\u00e9","b":[1,2.50,{"x":true,"y":null}]},"session_id":"s-1"}""")]
    [InlineData("""{"session_id":"\u0073-1","metrics":{"b":[1,2.50,{"y":null,"x":true}],"a":"café"},"n":-0.0}""")]
    [InlineData("\r\n\t{\"session_id\":\"s-1\",\"metrics\":{\"b\":[1,2.50,{\"y\":null,\"x\":true}],\"a\":\"caf\\u00e9\"},\"n\":-0.0}\r\n")]
    public void SameDocumentWrittenDifferently_SameKey(string variant) =>
        Assert.Equal(Key(Document), Key(variant));

    [Theory]
    [InlineData("""{"session_id":"s-2","metrics":{"b":[1,2.50,{"y":null,"x":true}],"a":"caf\u00e9"},"n":-0.0}""")]
    [InlineData("""{"session_id":"s-1","metrics":{"b":[2.50,1,{"y":null,"x":true}],"a":"caf\u00e9"},"n":-0.0}""")]
    [InlineData("""{"session_id":"s-1","metrics":{"b":[1,2.5,{"y":null,"x":true}],"a":"caf\u00e9"},"n":-0.0}""")]
    [InlineData("""{"session_id":"s-1","metrics":{"b":[1,2.50,{"y":null,"x":false}],"a":"caf\u00e9"},"n":-0.0}""")]
    [InlineData("""{"session_id":"s-1","metrics":{"b":[1,2.50,{"y":null,"x":true}],"a":"cafe"},"n":-0.0}""")]
    [InlineData("""{"session_id":"s-1","metrics":{"b":[1,2.50,{"y":null,"x":true}],"a":"caf\u00e9","c":null},"n":-0.0}""")]
    [InlineData("""{"session_id":"s-1","metrics":{"b":[1,2.50,{"y":null,"x":true}],"a":"caf\u00e9"},"n":0.0}""")]
    [InlineData("""{"session_id":"s-1","metrics":{"b":[1,2.50,{"y":null,"x":true}]},"a":"caf\u00e9","n":-0.0}""")]
    public void AnyChangeOfContent_OtherKey(string variant) =>
        Assert.NotEqual(Key(Document), Key(variant));

    [Fact]
    public void KeysThatDifferOnlyInWhereAnObjectEnds_OtherKey() =>
        Assert.NotEqual(Key("""{"a":{"b":1},"c":2}"""), Key("""{"a":{"b":1,"c":2}}"""));

    [Fact]
    public void NotJson_KeyedByItsBytes()
    {
        var body = Encoding.UTF8.GetBytes("{ not json");

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body)), JsonContentHash.Compute(body));
    }

    [Fact]
    public void LoneSurrogateEscape_NotTheSameAsTheReplacementCharacter() =>
        Assert.NotEqual(Key("""{"a":"\ud800"}"""), Key("""{"a":"\ufffd"}"""));

    [Fact]
    public void WideObject_MembersInAnyOrder_SameKey()
    {
        // Its cost is measured by the bench (ingest: HashLinearity); here only that every member is sorted.
        var members = Enumerable.Range(0, 5_000).Select(i => $"\"k{i}\":{i}").ToList();
        var forward = "{" + string.Join(",", members) + "}";
        members.Reverse();
        var backward = "{" + string.Join(",", members) + "}";

        Assert.Equal(Key(forward), Key(backward));
        Assert.NotEqual(Key(forward), Key(forward.Replace("\"k4999\":4999", "\"k4999\":4998", StringComparison.Ordinal)));
    }

    private static string Key(string json) => JsonContentHash.Compute(Encoding.UTF8.GetBytes(json));
}
