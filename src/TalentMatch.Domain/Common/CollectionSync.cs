namespace TalentMatch.Domain.Common;

/// <summary>
/// Replaces a child collection by key: items no longer wanted are removed, new ones added, and
/// existing ones updated in place, so EF Core sees updates rather than delete-and-insert of the
/// same key.
/// </summary>
public static class CollectionSync
{
    public static void Sync<TItem, TKey>(List<TItem> current, IReadOnlyCollection<TItem> wanted, Func<TItem, TKey> key, Action<TItem, TItem> update)
        where TKey : notnull =>
        Sync(current, wanted, key, key, item => item, update);

    /// <summary>
    /// The same for wanted entries of another type: <paramref name="add"/> makes the item for a new
    /// entry, <paramref name="update"/> changes an existing item to match its entry.
    /// </summary>
    public static void Sync<TItem, TEntry, TKey>(
        List<TItem> current, IReadOnlyCollection<TEntry> wanted, Func<TItem, TKey> key, Func<TEntry, TKey> entryKey, Func<TEntry, TItem> add, Action<TItem, TEntry> update)
        where TKey : notnull
    {
        var wantedKeys = wanted.Select(entryKey).ToHashSet();
        current.RemoveAll(item => !wantedKeys.Contains(key(item)));
        var byKey = current.ToDictionary(key);
        foreach (var entry in wanted)
        {
            if (byKey.TryGetValue(entryKey(entry), out var existing))
            {
                update(existing, entry);
            }
            else
            {
                current.Add(add(entry));
            }
        }
    }
}
