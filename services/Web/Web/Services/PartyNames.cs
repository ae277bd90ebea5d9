using System.Diagnostics.CodeAnalysis;

namespace SummitCoordination.Web.Services;

/// <summary>
/// The parties by code (<see cref="Display.PartiesOrNoneAsync"/>), and the one way a page writes a party's name: in the
/// reader's language, or the code itself for a party the service does not list.
/// </summary>
public sealed class PartyNames(IReadOnlyDictionary<string, Party> parties) : IReadOnlyDictionary<string, Party>
{
    /// <summary>No party known yet (a page before its first read, or Scheduling out of reach): every name is its code.</summary>
    public static PartyNames None { get; } = new(new Dictionary<string, Party>());

    public string Name(string code) => Display.PartyName(parties, code);

    public Party this[string key] => parties[key];

    public IEnumerable<string> Keys => parties.Keys;

    public IEnumerable<Party> Values => parties.Values;

    public int Count => parties.Count;

    public bool ContainsKey(string key) => parties.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Party value) => parties.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, Party>> GetEnumerator() => parties.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
