using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
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

    // Keys are stored: an accepted body's duplicate is found by them after an upgrade only if the canonical form never
    // changes. These were computed by the first release of the hash (LINQ OrderBy over member names).
    [Theory]
    [InlineData("abandoned_short_call.json", "106cef349655bf55d09e9fcb66a1abd35b8a4fdc790f87d15ab768b947096a64")]
    [InlineData("kb_search_failures_frustrated.json", "77f37109b8de573bd80a16aeb0d66e2861226c0cebab0510d7d004b0b69d5839")]
    [InlineData("qualified_meeting_booked.json", "c76b0281ecfe43ecb3205c4ccd448346e4143e36ea4cb12cefd5a6ac80e58e3b")]
    public void KeysOfStoredBodies_NeverChange(string sample, string key) =>
        Assert.Equal(key, JsonContentHash.Compute(File.ReadAllBytes(Path.Combine(TestData.RepoRoot, "samples", sample))));

    [Fact]
    public void KeyOfDuplicateNamesAndNonAsciiNames_NeverChanges() =>
        Assert.Equal(
            "e2340974e7674b3837695e2a80527ab579a82f44e8ab9b5bccd4af99f057d8ea",
            Key("""{"b":1,"a":{"d":[3,{"z":"\u00e9\u2028<'>&","y":1.0e3}],"c":null},"a":true,"\u00e9":"x","\ud83d\ude00":"y","\ufb01":"z"}"""));

    [Fact]
    public void MembersShuffled_SameKey_AndEqualNamesKeepTheirOrder()
    {
        Prop.ForAll(Documents().ToArbitrary(), Arb.From(Gen.Choose(0, int.MaxValue)), (document, seed) =>
        {
            var json = document.ToJsonString();
            var shuffled = Shuffle(JsonNode.Parse(json)!, new Random(seed)).ToJsonString();
            Assert.Equal(Key(json), Key(shuffled));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void EqualNamesSwapped_OtherKey() =>
        Assert.NotEqual(Key("""{"a":1,"b":0,"a":2}"""), Key("""{"a":2,"b":0,"a":1}"""));

    // Objects with names from a small alphabet (so siblings often share prefixes), including names that sort
    // differently in UTF-16 and in UTF-8 (U+FB01 against a surrogate pair); no duplicate names: JsonNode refuses them.
    private static Gen<JsonNode> Documents()
    {
        var names = Gen.Elements("a", "b", "ab", "B", "é", "\uFB01", "\uD83D\uDE00", "a\u0000", "", "z9");
        var leaf = Gen.OneOf(
            Gen.Choose(-1000, 1000).Select(i => (JsonNode)JsonValue.Create(i)),
            Gen.Elements("x", "it's <b>", "café", "").Select(t => (JsonNode)JsonValue.Create(t)),
            Gen.Constant<JsonNode>(JsonValue.Create(true)));
        Gen<JsonNode> Node(int depth) => depth == 0
            ? leaf
            : Gen.OneOf(
                leaf,
                Gen.ListOf(Node(depth - 1)).Select(items => (JsonNode)new JsonArray(items.Take(4).Select(i => i.DeepClone()).ToArray())),
                Gen.ListOf(Gen.Zip(names, Node(depth - 1))).Select(pairs =>
                {
                    var o = new JsonObject();
                    foreach (var (name, value) in pairs.Take(6))
                    {
                        o[System.Text.RegularExpressions.Regex.Unescape(name)] = value.DeepClone();
                    }

                    return (JsonNode)o;
                }));
        return Node(3);
    }

    private static JsonNode Shuffle(JsonNode node, Random random) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(_ => random.Next()).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)(p.Value is null ? null : Shuffle(p.Value, random))))),
        JsonArray a => new JsonArray(a.Select(i => i is null ? null : Shuffle(i, random)).ToArray()),
        _ => node.DeepClone(),
    };

    private static string Key(string json) => JsonContentHash.Compute(Encoding.UTF8.GetBytes(json));
}
