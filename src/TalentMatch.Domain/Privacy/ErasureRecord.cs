namespace TalentMatch.Domain.Privacy;

/// <summary>Why a person's data was erased: the grounds of GDPR article 17(1).</summary>
public enum ErasureReason
{
    /// <summary>The person asked (their own erasure is always this).</summary>
    PersonAsked = 1,

    /// <summary>The data is no longer needed for the purpose it was collected for.</summary>
    NoLongerNeeded = 2,

    /// <summary>The person withdrew the consent the processing rested on.</summary>
    ConsentWithdrawn = 3,

    /// <summary>The person objected to the processing.</summary>
    Objection = 4,

    /// <summary>The data was processed unlawfully.</summary>
    Unlawful = 5,

    /// <summary>A legal obligation requires the erasure.</summary>
    LegalObligation = 6,
}

/// <summary>
/// That an erasure happened, when, on which ground, and which admin carried it out (none when
/// the person erased their own data). It holds nothing about the person: no id, name or contact.
/// </summary>
public class ErasureRecord
{
    private ErasureRecord()
    {
    }

    public ErasureRecord(DateTime at, ErasureReason reason, Guid? byAdminUserId)
    {
        At = at;
        Reason = reason;
        ByAdminUserId = byAdminUserId;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public DateTime At { get; private set; }
    public ErasureReason Reason { get; private set; }

    /// <summary>The admin who erased on a recorded request; null when the person erased their own data.</summary>
    public Guid? ByAdminUserId { get; private set; }
}
