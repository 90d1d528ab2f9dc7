namespace TalentMatch.Domain.Coins;

/// <summary>
/// A write that was done under an Idempotency-Key: the first answer, kept so a retry with the same
/// key gets it again instead of doing the write twice.
/// </summary>
public class ProcessedRequest
{
    public const int MaxKeyLength = 100;

    private ProcessedRequest()
    {
    }

    public ProcessedRequest(Guid userId, string key, string operation, string fingerprint, string responseJson, DateTime now)
    {
        UserId = userId;
        Key = key;
        Operation = operation;
        Fingerprint = fingerprint;
        ResponseJson = responseJson;
        CreatedAt = now;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Keys are per caller: two people may use the same key.</summary>
    public Guid UserId { get; private set; }

    public string Key { get; private set; } = "";

    /// <summary>The request type; a key used for another operation is refused.</summary>
    public string Operation { get; private set; } = "";

    /// <summary>A hash of the request, so a key reused for a different request is refused.</summary>
    public string Fingerprint { get; private set; } = "";

    public string ResponseJson { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
}
