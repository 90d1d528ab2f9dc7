namespace TalentMatch.Domain.Common;

/// <summary>
/// Replaces a child collection by key: items no longer wanted are removed, new ones added, and
/// existing ones updated in place, so EF Core sees updates rather than delete-and-insert of the
/// same key.
/// </summary>
public static class CollectionSync
{
    public static void Sync<TItem, TKey>(List<TItem> current, IReadOnlyCollection<TItem> wanted, Func<TItem, TKey> key, Action<TItem, TItem> update)
        where TKey : notnull
    {
        var wantedKeys = wanted.Select(key).ToHashSet();
        current.RemoveAll(item => !wantedKeys.Contains(key(item)));
        var byKey = current.ToDictionary(key);
        foreach (var item in wanted)
        {
            if (byKey.TryGetValue(key(item), out var existing))
            {
                update(existing, item);
            }
            else
            {
                current.Add(item);
            }
        }
    }
}
