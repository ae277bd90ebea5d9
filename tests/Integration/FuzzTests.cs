using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Data.Sqlite;
using SummitCoordination.TestSupport;
using Xunit.Abstractions;

namespace SummitCoordination.Integration.Tests;

/// <summary>
/// Issue 9, section 7: requests generated from the OpenAPI document (valid, boundary and malformed values in the
/// path, the query and the body) sent as the secretariat, a delegation and an anonymous caller. Whatever is sent:
/// no 5xx, every refusal is problem details, and a refused write changes no table of any service.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    /// <summary>400 per role in the test command; <c>tests/slow.sh</c> sends 5,000 (<c>SUMMIT_FUZZ_REQUESTS</c>).</summary>
    private static int RequestsPerRole => int.TryParse(Environment.GetEnvironmentVariable("SUMMIT_FUZZ_REQUESTS"), out var n) ? n : 400;

    [Theory]
    [InlineData("Secretariat", 9001UL)]
    [InlineData("Delegation", 9002UL)]
    [InlineData("Anonymous", 9003UL)]
    public async Task Generated_requests_never_get_a_server_error_and_a_refused_one_changes_nothing(string role, ulong seed)
    {
        using var app = new SummitApp();
        var secretariat = await app.Secretariat();
        var known = await Fixture.CreateAsync(app, secretariat);
        var client = role switch
        {
            "Secretariat" => secretariat,
            "Delegation" => await app.Delegation("KAZ"),
            _ => app.CreateClient(),
        };
        var document = JsonNode.Parse(await secretariat.GetStringAsync("/openapi/v1.json"))!.AsObject();
        var operations = Operation.All(document).ToList();
        // An anonymous caller aims half its requests at what it may use (the operations without security).
        var aimed = role == "Anonymous" ? operations.Where(o => o.Public).ToList() : operations;
        // The seeds are fixed so that a run can be repeated; SUMMIT_FUZZ_SEED shifts them to explore further.
        var shift = ulong.TryParse(Environment.GetEnvironmentVariable("SUMMIT_FUZZ_SEED"), out var s) ? s : 0;
        var requests = Gen.Sample(Requests.Any(operations, aimed, document, known), RequestsPerRole, new Rnd(seed + shift), 30);
        using var state = new StateDigest(app.DataDirectory);
        await state.SettleAsync();

        var statuses = new Dictionary<int, int>();
        foreach (var request in requests)
        {
            using var message = request.ToMessage();
            using var response = await client.SendAsync(message);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(status < 500, $"{request} → {status}: {body}");
            if (status >= 400)
            {
                if (Page.SentToWebApp(request, response))
                {
                    // A browser asking a public address is sent to the web app's page, which says what was wrong itself.
                    Page.Check(request, response, body);
                }
                else
                {
                    Problem.Check(request, response, body);
                }

                if (request.Method != HttpMethod.Get)
                {
                    Assert.True(state.Unchanged(), $"{request} was refused with {status} but changed a table: {state.LastDifference}");
                }
            }
            else if (request.Method != HttpMethod.Get)
            {
                await state.SettleAsync();
            }
        }

        output.WriteLine($"{role}: {requests.Length} requests over {operations.Count} operations; statuses " +
                         string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(statuses.Where(s => s.Key < 300).Sum(s => s.Value) > 0, "some generated requests are valid and accepted");
        Assert.True(statuses.Keys.Count(s => s >= 400) >= 3, "refusals of several kinds");
    }

    /// <summary>Real ids the generator can aim at: a meeting with an item and a statement, a body, party codes.</summary>
    public sealed record Fixture(Guid MeetingId, Guid BodyId, Guid ItemId, Guid StatementId, string Slug)
    {
        public static readonly string[] Parties = ["KAZ", "KGZ", "TJK", "TKM", "UZB", "USA", "AFG", "EU", "UN"];

        public static async Task<Fixture> CreateAsync(SummitApp app, HttpClient secretariat)
        {
            var summit = new Summit(app.ClientAs);
            var body = await StandardBodies.IdOf(secretariat, "Working Group on Water and Energy");
            var meeting = await summit.MeetingAsync("Working Group on Water and Energy", new DateTimeOffset(2030, 9, 9, 10, 0, 0, TimeSpan.FromHours(5)),
                edit: r => r["observers"] = new[] { "AFG" });
            var item = await summit.ProposeAsync("KAZ", meeting, "Glacier monitoring network", "WorkingGroup");
            var statement = await StatementsApi.DraftAsync(secretariat, meeting, "JointStatement", "Joint statement on glaciers", "The parties agree.", null);
            return new Fixture(meeting, body, item, statement.GetProperty("id").GetGuid(), "2030-astana-joint-statement");
        }
    }

    /// <summary>One operation of the document: its path template, verb, parameters and body schema.</summary>
    public sealed record Operation(string Path, HttpMethod Method, IReadOnlyList<(string Name, string In, JsonObject Schema, bool Required)> Parameters, JsonObject? Body,
        bool Public)
    {
        public static IEnumerable<Operation> All(JsonObject document)
        {
            foreach (var (path, item) in document["paths"]!.AsObject())
            {
                foreach (var (verb, node) in item!.AsObject())
                {
                    var operation = node!.AsObject();
                    var parameters = (operation["parameters"]?.AsArray() ?? []).Select(p => (
                        p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["schema"]?.AsObject() ?? new JsonObject(), p["required"]?.GetValue<bool>() ?? false)).ToList();
                    var body = operation["requestBody"]?["content"]?["application/json"]?["schema"]?.AsObject();
                    yield return new Operation(path, new HttpMethod(verb.ToUpperInvariant()), parameters, body,
                        operation["security"] is JsonArray { Count: 0 });
                }
            }
        }
    }

    public sealed record Request(HttpMethod Method, string Url, string? Body, string ContentType, string Accept)
    {
        public HttpRequestMessage ToMessage()
        {
            var message = new HttpRequestMessage(Method, Url);
            message.Headers.Accept.ParseAdd(Accept);
            if (Body is not null)
            {
                message.Content = new StringContent(Body, Encoding.UTF8);
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            }

            return message;
        }

        public override string ToString() => $"{Method} {Url} [{ContentType}, Accept: {Accept}] {(Body is null ? "" : Body.Length > 300 ? Body[..300] + "…" : Body)}";
    }

    /// <summary>FsCheck generators: for each part of a request, a valid, a boundary or a malformed value.</summary>
    private static class Requests
    {
        private static readonly string[] Nasty =
        [
            "", " ", "null", "'; DROP TABLE Meetings; --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "\u0000", "\ud83d\ude00 émoji ё",
            new string('x', 5000), "-1", "0", "1e309", "NaN", "true", "{}", "[]", "2026-13-45", "Central Asia Standard Time", "Mars/Olympus_Mons",
        ];

        private static readonly string[] Instants =
        [
            "2030-10-01T10:00:00+05:00", "2030-10-01T13:00:00+05:00", "2031-01-01T00:00:00Z", "1990-01-01T00:00:00Z", "2100-12-31T23:59:59Z",
            "1989-12-31T23:59:59Z", "2101-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2030-10-01T10:00:00", "2030-02-30T10:00:00Z",
        ];

        public static Gen<Request> Any(IReadOnlyList<Operation> operations, IReadOnlyList<Operation> aimed, JsonObject document, Fixture known) =>
            from operation in Gen.Frequency(
                (1, Gen.Elements(operations.Where(o => o.Method != HttpMethod.Get).Concat(operations).ToArray())),
                (1, Gen.Elements(aimed.ToArray())))
            from path in PathOf(operation, known)
            from query in QueryOf(operation, known)
            from body in operation.Body is null ? Gen.Constant<string?>(null) : BodyOf(operation.Body, document, known)
            from contentType in Gen.Frequency((18, Gen.Constant("application/json")), (1, Gen.Constant("text/plain")), (1, Gen.Constant("application/xml")))
            from accept in Gen.Elements("application/json", "*/*", "text/html", "application/xml", "text/calendar")
            select new Request(operation.Method, path + query, body, contentType, accept);

        private static Gen<string> PathOf(Operation operation, Fixture known)
        {
            var path = Gen.Constant(operation.Path);
            foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
            {
                var value = Gen.Frequency(
                    (6, Gen.Constant(ValidPathValue(parameter.Name, operation.Path, known))),
                    (2, Gen.Fresh(() => Guid.NewGuid().ToString())),
                    (1, Gen.Elements(Fixture.Parties)),
                    // Not a NUL in the path: Kestrel refuses it (400) before the service, but the in-process test server throws instead.
                    (1, Gen.Elements(Nasty).Where(n => n.Length > 0 && !n.Contains('\0') && n != "%00").Select(n => n.Length > 200 ? n[..200] : n)));
                path = from p in path from v in value select p.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(v));
            }

            return path;
        }

        private static string ValidPathValue(string name, string path, Fixture known) => name switch
        {
            "party" or "code" => "KAZ",
            "slug" => known.Slug,
            "number" => "1",
            "token" => "not-a-subscription",
            "amendmentId" => Guid.NewGuid().ToString(),
            _ when path.StartsWith("/api/agenda-items", StringComparison.Ordinal) => known.ItemId.ToString(),
            _ when path.StartsWith("/api/statements", StringComparison.Ordinal) || path.StartsWith("/api/commitments", StringComparison.Ordinal) => known.StatementId.ToString(),
            _ when path.StartsWith("/api/bodies", StringComparison.Ordinal) => known.BodyId.ToString(),
            _ when path.StartsWith("/api/summit-plans", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
            _ => known.MeetingId.ToString(),
        };

        private static Gen<string> QueryOf(Operation operation, Fixture known)
        {
            var parts = operation.Parameters.Where(p => p.In == "query").Select(p =>
                Gen.Frequency(
                    (3, Gen.Constant("")),
                    (4, ValueOf(p.Schema, null, known, 0).Select(v => $"{p.Name}={Uri.EscapeDataString(Scalar(v))}")),
                    (2, Gen.Elements(Nasty).Select(v => $"{p.Name}={Uri.EscapeDataString(v.Length > 300 ? v[..300] : v)}"))));
            return parts.Any()
                ? Gen.CollectToList(parts).Select(list => list.Where(s => s.Length > 0).ToList() is { Count: > 0 } q ? "?" + string.Join('&', q) : "")
                : Gen.Constant("");
        }

        private static string Scalar(JsonNode? node) => node switch
        {
            null => "",
            JsonValue value when value.TryGetValue<string>(out var s) => s,
            _ => node.ToJsonString(),
        };

        private static Gen<string?> BodyOf(JsonObject schema, JsonObject document, Fixture known) =>
            Gen.Frequency(
                (6, ValueOf(schema, document, known, 0).Select(v => (string?)v?.ToJsonString())),
                (3, from value in ValueOf(schema, document, known, 0)
                    from field in Gen.Elements("hostParty", "extra", "__proto__", "id", "version")
                    select (string?)WithExtra(value, field)),
                (3, Gen.Elements<string?>("", "{", "[]", "null", "42", "\"text\"", "{\"a\":", "{}", "[{}]", new string('[', 500), "{\"start\":\"" + new string('9', 100) + "\"}")));

        private static string? WithExtra(JsonNode? value, string field)
        {
            if (value is JsonObject obj)
            {
                obj[field] = "unexpected";
            }

            return value?.ToJsonString();
        }

        private static JsonObject Resolve(JsonObject schema, JsonObject? document) =>
            schema["$ref"]?.GetValue<string>() is { } reference && document is not null
                ? document["components"]!["schemas"]![reference.Split('/').Last()]!.AsObject()
                : schema;

        /// <summary>A value for a schema: mostly valid, sometimes at a boundary, sometimes of the wrong kind altogether.</summary>
        public static Gen<JsonNode?> ValueOf(JsonObject raw, JsonObject? document, Fixture known, int depth)
        {
            var schema = Resolve(raw, document);
            if (schema["allOf"] is JsonArray { Count: > 0 } all)
            {
                schema = Resolve(all[0]!.AsObject(), document);
            }
            else if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray { Count: > 0 } one)
            {
                schema = Resolve(one[0]!.AsObject(), document);
            }

            var wrong = Gen.Elements<JsonNode?>(null, JsonValue.Create(-1), JsonValue.Create(long.MaxValue), JsonValue.Create(""), JsonValue.Create(new string('y', 3000)),
                new JsonArray(), new JsonObject(), JsonValue.Create(true), JsonValue.Create(1.5e300));
            return Gen.Frequency((12, Valid(schema, document, known, depth)), (1, wrong));
        }

        private static Gen<JsonNode?> Valid(JsonObject schema, JsonObject? document, Fixture known, int depth)
        {
            var type = schema["type"]?.GetValue<string>();
            var format = schema["format"]?.GetValue<string>();
            if (schema["enum"] is JsonArray values && values.Where(v => v is not null).ToArray() is { Length: > 0 } named)
            {
                return Gen.Elements(named.Select(v => v!.DeepClone()).ToArray()).Select(v => (JsonNode?)v);
            }

            switch (type, format)
            {
                case ("string", "uuid"):
                    return Gen.Elements<JsonNode?>(JsonValue.Create(known.MeetingId), JsonValue.Create(known.BodyId), JsonValue.Create(known.ItemId),
                        JsonValue.Create(known.StatementId), JsonValue.Create(Guid.NewGuid()));
                case ("string", "date-time"):
                    return Gen.Elements(Instants).Select(v => (JsonNode?)JsonValue.Create(v));
                case ("string", "date"):
                    return Gen.Elements("2030-05-01", "1990-01-01", "2100-12-31", "0001-01-01", "2030-02-30").Select(v => (JsonNode?)JsonValue.Create(v));
                case ("string", _):
                    var max = schema["maxLength"]?.GetValue<int>();
                    return Gen.Frequency(
                        (5, Gen.Elements(Fixture.Parties.Concat(["Asia/Almaty", "Astana", "A fair text", "Minister", "Concur", "Object"]).ToArray())),
                        (1, Gen.Constant(max is { } m ? new string('m', m) : "long")),
                        (1, Gen.Constant(max is { } n ? new string('n', n + 1) : "")),
                        (1, Gen.Elements(Nasty))).Select(v => (JsonNode?)JsonValue.Create(v));
                case ("integer", _):
                    return Gen.Frequency((4, Gen.Choose(0, 30)), (1, Gen.Elements(-1, int.MaxValue, 1990, 2100, 1989, 2101)))
                        .Select(v => (JsonNode?)JsonValue.Create(v));
                case ("number", _):
                    return Gen.Elements(0.5m, 0.667m, 1m, 0m, -1m, 2m).Select(v => (JsonNode?)JsonValue.Create(v));
                case ("boolean", _):
                    return Gen.Elements(true, false).Select(v => (JsonNode?)JsonValue.Create(v));
                case ("array", _) when depth < 4 && schema["items"] is JsonObject items:
                    return Gen.Choose(0, 6).SelectMany(count =>
                        Gen.CollectToList(Enumerable.Range(0, count).Select(_ => ValueOf(items, document, known, depth + 1))))
                        .Select(list => (JsonNode?)new JsonArray(list.Select(v => v?.DeepClone()).ToArray()));
                case ("object", _) when depth < 4 && schema["properties"] is JsonObject properties:
                    var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
                    var fields = properties.Select(p =>
                        from include in required.Contains(p.Key) ? Gen.Frequency((19, Gen.Constant(true)), (1, Gen.Constant(false))) : Gen.Elements(true, true, false)
                        from value in ValueOf(p.Value!.AsObject(), document, known, depth + 1)
                        select (p.Key, include, value));
                    return Gen.CollectToList(fields).Select(list =>
                    {
                        var obj = new JsonObject();
                        foreach (var (key, include, value) in list.Where(f => f.include))
                        {
                            obj[key] = value?.DeepClone();
                        }

                        return (JsonNode?)obj;
                    });
                case ("object", _):
                    return Gen.Constant<JsonNode?>(new JsonObject());
                default:
                    return Gen.Elements<JsonNode?>(JsonValue.Create("value"), JsonValue.Create(1), null);
            }
        }
    }

    private static class Page
    {
        public static bool SentToWebApp(Request request, HttpResponseMessage response) =>
            request.Method == HttpMethod.Get && request.Accept == "text/html" && request.Url.StartsWith("/public/statements", StringComparison.Ordinal)
            && response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/statements", StringComparison.Ordinal) == true;

        public static void Check(Request request, HttpResponseMessage response, string body)
        {
            Assert.True(response.Content.Headers.ContentType?.MediaType == "text/html", $"{request} → {(int)response.StatusCode}: a page is HTML");
            Assert.Contains("<html lang=\"", body);
            Assert.DoesNotContain(" at SummitCoordination.", body);
        }
    }

    private static class Problem
    {
        public static void Check(Request request, HttpResponseMessage response, string body)
        {
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                $"{request} → {(int)response.StatusCode} is not problem details: {response.Content.Headers.ContentType} {body}");
            using var problem = JsonDocument.Parse(body);
            var root = problem.RootElement;
            Assert.Equal((int)response.StatusCode, root.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("code").GetString()), $"{request}: no code in {body}");
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("detail").GetString()), $"{request}: no detail in {body}");
            Assert.DoesNotContain(" at SummitCoordination.", body);
        }
    }

    /// <summary>
    /// A digest of every table of the three services' databases (their domain tables, outbox and inbox; not Quartz's).
    /// Settled after an accepted write: until the outboxes are drained and two digests 300 ms apart agree. A check
    /// after a refusal first asks each database's <c>PRAGMA data_version</c> on a connection held open since the
    /// baseline: it moves whenever any other connection committed, so where none did no table can have changed and the
    /// digests are not read again (they are read, and compared table by table, whenever one did: Quartz's check-in,
    /// the outbox's bookkeeping, or the refused request itself).
    /// </summary>
    private sealed class StateDigest(string directory) : IDisposable
    {
        private static readonly string[] Databases = ["scheduling.db", "consensus.db", "statements.db"];
        private Dictionary<string, string> _baseline = [];
        private readonly Dictionary<string, SqliteConnection> _watchers = [];
        private Dictionary<string, long> _versions = [];

        public string LastDifference { get; private set; } = "";

        public async Task SettleAsync()
        {
            for (var attempt = 0; attempt < 200; attempt++)
            {
                var first = Read();
                // Long enough for a consumer still applying a message the outbox already sent (a busy 2-core machine).
                await Task.Delay(300);
                var versions = Versions();
                var second = Read();
                if (Unsent() == 0 && first.Count == second.Count && first.All(kv => second[kv.Key] == kv.Value))
                {
                    _baseline = second;
                    _versions = versions;
                    return;
                }
            }

            throw new TimeoutException("The services did not settle after an accepted write.");
        }

        public bool Unchanged()
        {
            var versions = Versions();
            if (versions.All(v => _versions.GetValueOrDefault(v.Key, -1) == v.Value))
            {
                LastDifference = "";
                return true;
            }

            var now = Read();
            var changed = now.Where(kv => !_baseline.TryGetValue(kv.Key, out var before) || before != kv.Value).Select(kv => kv.Key).ToList();
            LastDifference = string.Join(", ", changed);
            if (changed.Count == 0)
            {
                // Something committed without changing what the digest covers: the next check starts from here.
                _versions = versions;
            }

            return changed.Count == 0;
        }

        public void Dispose()
        {
            foreach (var connection in _watchers.Values)
            {
                connection.Dispose();
            }
        }

        /// <summary>Each database's data version as its watching connection sees it (read before the digest it vouches for).</summary>
        private Dictionary<string, long> Versions()
        {
            var versions = new Dictionary<string, long>();
            foreach (var database in Databases)
            {
                if (!_watchers.TryGetValue(database, out var connection))
                {
                    _watchers[database] = connection = Open(database);
                }

                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA data_version";
                versions[database] = Convert.ToInt64(command.ExecuteScalar());
            }

            return versions;
        }

        private int Unsent()
        {
            var unsent = 0;
            foreach (var database in Databases)
            {
                using var connection = Open(database);
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM OutboxMessages WHERE SentUtc IS NULL";
                unsent += Convert.ToInt32(command.ExecuteScalar());
            }

            return unsent;
        }

        private SqliteConnection Open(string database)
        {
            var connection = new SqliteConnection($"Data Source={Path.Combine(directory, database)};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return connection;
        }

        private Dictionary<string, string> Read()
        {
            var digests = new Dictionary<string, string>();
            foreach (var database in Databases)
            {
                using var connection = Open(database);
                var tables = new List<string>();
                var virtualTables = new List<string>();
                using (var list = connection.CreateCommand())
                {
                    list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'QRTZ_%' AND name <> '__EFMigrationsHistory'";
                    using var reader = list.ExecuteReader();
                    while (reader.Read())
                    {
                        tables.Add(reader.GetString(0));
                        if (!reader.IsDBNull(1) && reader.GetString(1).StartsWith("CREATE VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase))
                        {
                            virtualTables.Add(reader.GetString(0));
                        }
                    }
                }

                // A full-text index (the register's FTS5 table and its shadow tables, some without a rowid) is derived from
                // its content table by triggers: that table's digest covers it.
                tables.RemoveAll(t => virtualTables.Any(v => t == v || t.StartsWith(v + "_", StringComparison.Ordinal)));

                foreach (var table in tables)
                {
                    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    using var select = connection.CreateCommand();
                    // The outbox's delivery bookkeeping (attempts, sent time) moves by itself; its rows do not.
                    select.CommandText = table == "OutboxMessages" ? "SELECT MessageId FROM OutboxMessages ORDER BY Sequence" : $"SELECT * FROM \"{table}\" ORDER BY rowid";
                    using var reader = select.ExecuteReader();
                    while (reader.Read())
                    {
                        for (var i = 0; i < reader.FieldCount; i++)
                        {
                            hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) + "\u001f"));
                        }
                    }

                    digests[$"{database}:{table}"] = Convert.ToHexString(hash.GetHashAndReset());
                }
            }

            return digests;
        }
    }
}
