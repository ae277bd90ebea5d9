using System.Text;
using SummitCoordination.BuildingBlocks.Http;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>Issue 19, point 18: the pure pieces behind refusing hostile input (plain text, enum names, time zone ids).</summary>
public sealed class RequestGuardTests
{
    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0008")]
    [InlineData("\u001B")]
    [InlineData("\u007F")]
    [InlineData("\u0085")]
    [InlineData("\u202A")]
    [InlineData("\u202B")]
    [InlineData("\u202C")]
    [InlineData("\u202D")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u2067")]
    [InlineData("\u2068")]
    [InlineData("\u2069")]
    public void Control_and_bidirectional_characters_are_not_plain_text(string c)
    {
        var problem = PlainText.Problem($"Joint{c} statement");
        Assert.NotNull(problem);
        Assert.Contains($"U+{(int)c[0]:X4}", problem);
    }

    [Theory]
    [InlineData("Line one\nline two\r\n\tindented")]
    [InlineData("Совместное заявление")]
    [InlineData("بیانیه مشترک\u200F")]
    [InlineData("")]
    public void Letters_of_any_script_tabs_and_line_breaks_are_plain_text(string text) => Assert.Null(PlainText.Problem(text));

    [Theory]
    [InlineData("""{"name":"Evil\u202Eland"}""", "name")]
    [InlineData("""{"name":"ok","delegations":[{"party":"KAZ","headName":"ok"},{"party":"UZB","headName":"A\u0000B"}]}""", "delegations[1].headName")]
    [InlineData("""{"delegations":[{"members":["a","b","\u2066c"]}]}""", "delegations[0].members[2]")]
    [InlineData("""{"a":{"b":[[1,2],["x","\u0007"]]}}""", "a.b[1][1]")]
    [InlineData("""["ok","\u202E"]""", "[1]")]
    [InlineData("\"\\u0000\"", "body")]
    public void The_first_refused_string_of_a_JSON_body_is_named_as_in_the_JSON(string json, string field)
    {
        var refusal = PlainText.FirstRefusal(Encoding.UTF8.GetBytes(json));
        Assert.NotNull(refusal);
        Assert.Equal(field, refusal.Value.Field);
    }

    [Theory]
    [InlineData("""{"name":"Line\nbreak","n":5,"ok":true,"list":[null,{"x":"y"}]}""")]
    [InlineData("""{"unterminated":""")]
    [InlineData("not json at all")]
    public void Plain_or_unreadable_bodies_are_left_to_the_deserializer(string json) => Assert.Null(PlainText.FirstRefusal(Encoding.UTF8.GetBytes(json)));

    private enum Layer
    {
        WorkingGroup,
        Leaders,
    }

    [Theory]
    [InlineData("Leaders", true)]
    [InlineData("WorkingGroup", true)]
    [InlineData("99", false)]
    [InlineData("1", false)]
    [InlineData("Leaders,WorkingGroup", false)]
    [InlineData("leaders", false)]
    [InlineData("Nowhere", false)]
    public void An_enum_value_is_one_of_its_names(string value, bool taken) => Assert.Equal(taken, BoundValues.IsName(typeof(Layer), value));

    private static void Handler(Layer layer, Layer? maybe, string text, int count, [Microsoft.AspNetCore.Mvc.FromServices] TimeProvider clock,
        System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
    }

    private sealed record Search
    {
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "from")] public DateTimeOffset? From { get; init; }

        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "layer")] public Layer? Layer { get; init; }

        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "q")] public string? Q { get; init; }
    }

    private static void Searching(Guid id, [Microsoft.AspNetCore.Http.AsParameters] Search search)
    {
    }

    private static BoundValue[] Of(string handler) =>
        BoundValues.Of(typeof(RequestGuardTests).GetMethod(handler, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!);

    [Fact]
    public void The_values_of_a_handler_read_from_text_are_found_by_name_and_type()
    {
        Assert.Equal([new BoundValue("layer", typeof(Layer)), new BoundValue("maybe", typeof(Layer)), new BoundValue("count", typeof(int))], Of(nameof(Handler)));
        Assert.Equal([new BoundValue("id", typeof(Guid)), new BoundValue("from", typeof(DateTimeOffset)), new BoundValue("layer", typeof(Layer))], Of(nameof(Searching)));
    }

    [Theory]
    [InlineData(typeof(int), "2030", true)]
    [InlineData(typeof(int), "abc", false)]
    [InlineData(typeof(int), "1e3", false)]
    [InlineData(typeof(Guid), "0f8fad5b-d9cb-469f-a165-70867728950e", true)]
    [InlineData(typeof(Guid), "not-a-guid", false)]
    [InlineData(typeof(DateTimeOffset), "2035-11-14T10:00:00+05:00", true)]
    [InlineData(typeof(DateTimeOffset), "someday", false)]
    [InlineData(typeof(bool), "true", true)]
    [InlineData(typeof(bool), "yes", false)]
    [InlineData(typeof(Layer), "Leaders", true)]
    [InlineData(typeof(Layer), "1", false)]
    public void A_value_is_taken_only_when_it_reads_as_its_type(Type type, string value, bool taken)
    {
        var bound = BoundValue.For("field", type)!;
        Assert.Equal(taken, bound.Accepts(value));
        Assert.StartsWith($"Not a valid value: '{value}'.", bound.Refusal(value));
    }

    [Theory]
    [InlineData("Asia/Almaty", true)]
    [InlineData("UTC", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("00", false)]
    [InlineData("Central Asia Standard Time", false)]
    [InlineData("Asia/Nowhere", false)]
    [InlineData("../etc/passwd", false)]
    public void Time_zones_are_IANA_ids(string id, bool known) => Assert.Equal(known, TimeZones.IsIana(id));
}
