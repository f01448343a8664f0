using System.Diagnostics;
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
    public void Cost_GrowsLinearlyWithTheBody()
    {
        // One object of many members and a long array of objects: the sort and the walk must stay near-linear.
        static byte[] Body(int n)
        {
            var builder = new StringBuilder("{\"items\":[");
            for (var i = 0; i < n; i++)
            {
                builder.Append(i == 0 ? "" : ",").Append("{\"z\":").Append(i).Append(",\"text\":\"turn ").Append(i).Append(" caf\\u00e9\",\"a\":[true,null]}");
            }

            builder.Append("],\"wide\":{");
            for (var i = 0; i < n; i++)
            {
                builder.Append(i == 0 ? "" : ",").Append("\"k").Append(n - i).Append("\":").Append(i);
            }

            return Encoding.UTF8.GetBytes(builder.Append("}}").ToString());
        }

        var small = Body(10_000);
        var large = Body(80_000);
        _ = JsonContentHash.Compute(small); // warm up
        var ratio = Fastest(large) / Fastest(small);

        // Linear: about 8 (a little more for the sort). Quadratic would be about 64.
        Assert.True(ratio < 24, $"8x the body cost {ratio:F1}x the time");
    }

    private static double Fastest(byte[] body)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            _ = JsonContentHash.Compute(body);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static string Key(string json) => JsonContentHash.Compute(Encoding.UTF8.GetBytes(json));
}
