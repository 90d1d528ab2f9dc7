using System.Security.Cryptography;
using System.Text;
using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Profiles;

/// <summary>
/// A person's talent profile. The person owns it: either they created it themselves, or staff
/// created it on their behalf and the person claimed it with a one-time code.
/// </summary>
public class TalentProfile : AggregateRoot
{
    public const int MaxCompetences = 200;
    public const int MaxLanguages = 30;
    public const int MaxExperiences = 50;
    public const int MaxInterests = 30;

    private TalentProfile()
    {
    }

    public TalentProfile(Guid createdByUserId, Guid? ownerUserId, DateTime now)
    {
        OwnerUserId = ownerUserId;
        Created(createdByUserId, now);
    }

    public Guid? OwnerUserId { get; private set; }
    public Guid? CoachUserId { get; private set; }
    public string DisplayName { get; private set; } = "";
    public string Postcode { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public bool SeeksJob { get; private set; }
    public bool SeeksVolunteering { get; private set; }
    public int HoursPerWeek { get; private set; }
    public int MaxTravelKm { get; private set; }
    public ProfileVisibility Visibility { get; private set; } = ProfileVisibility.Matchable;
    public List<string> Interests { get; private set; } = [];

    public List<ProfileCompetence> Competences { get; private set; } = [];
    public List<ProfileLanguage> Languages { get; private set; } = [];
    public List<ProfileExperience> Experiences { get; private set; } = [];

    /// <summary>When staff deactivated the profile: it is then left out of matching and ranked lists until reactivated.</summary>
    public DateTime? DeactivatedAt { get; private set; }
    public Guid? DeactivatedByUserId { get; private set; }

    public bool IsDeactivated => DeactivatedAt is not null;

    public string? ClaimCodeHash { get; private set; }
    public DateTime? ClaimCodeExpiresAt { get; private set; }

    public bool Seeks(OpportunityKind kind) => kind == OpportunityKind.Job ? SeeksJob : SeeksVolunteering;

    /// <summary>
    /// Sets who the person is and what they look for. Texts are trimmed (empty contact fields
    /// become none); interests are trimmed and kept once, whatever their case.
    /// </summary>
    public void Update(ProfileDetails details)
    {
        DisplayName = details.DisplayName.Trim();
        Postcode = details.Postcode.Trim();
        Email = details.Email.TrimToNull();
        Phone = details.Phone.TrimToNull();
        SeeksJob = details.SeeksJob;
        SeeksVolunteering = details.SeeksVolunteering;
        HoursPerWeek = details.HoursPerWeek;
        MaxTravelKm = details.MaxTravelKm;
        Visibility = details.Visibility;
        Interests = details.Interests.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Staff hide the profile from matching and ranked lists; false when it already is.</summary>
    public bool Deactivate(Guid byUserId, DateTime now)
    {
        if (IsDeactivated)
        {
            return false;
        }

        DeactivatedAt = now;
        DeactivatedByUserId = byUserId;
        Touch(now);
        return true;
    }

    /// <summary>Undoes <see cref="Deactivate"/>; false when the profile is active.</summary>
    public bool Reactivate(DateTime now)
    {
        if (!IsDeactivated)
        {
            return false;
        }

        DeactivatedAt = null;
        DeactivatedByUserId = null;
        Touch(now);
        return true;
    }

    /// <summary>Gives the person a coach, another coach or none; false when nothing changes.</summary>
    public bool AssignCoach(Guid? coachUserId, DateTime now)
    {
        if (CoachUserId == coachUserId)
        {
            return false;
        }

        CoachUserId = coachUserId;
        Touch(now);
        return true;
    }

    /// <summary>
    /// Replaces the competences with <paramref name="wanted"/>, keeping who confirmed what for
    /// entries whose evidence did not change.
    /// </summary>
    public void SetCompetences(IReadOnlyCollection<ProfileCompetence> wanted) =>
        CollectionSync.Sync(Competences, wanted, c => c.CompetenceId, (existing, item) =>
        {
            if (existing.Evidence != item.Evidence)
            {
                existing.Back(item.Evidence, item.ConfirmedByUserId, item.ConfirmedAt);
            }

            existing.Level = item.Level;
            existing.Source = item.Source;
            existing.Note = item.Note;
        });

    public void SetLanguages(IReadOnlyCollection<ProfileLanguage> wanted) =>
        CollectionSync.Sync(Languages, wanted, l => l.Code, (existing, item) =>
        {
            existing.Level = item.Level;
            existing.IsNative = item.IsNative;
        });

    public void SetExperiences(IEnumerable<ProfileExperience> wanted)
    {
        Experiences.Clear();
        Experiences.AddRange(wanted);
    }

    /// <summary>Issues a one-time claim code (returned once, stored only as a hash).</summary>
    public string IssueClaimCode(DateTime now, TimeSpan validFor)
    {
        if (OwnerUserId is not null)
        {
            throw new DomainRuleException(DomainMessages.ProfileOwnedNoClaimCode);
        }

        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var code = string.Create(10, alphabet, static (span, chars) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = chars[RandomNumberGenerator.GetInt32(chars.Length)];
            }
        });
        ClaimCodeHash = HashCode(code);
        ClaimCodeExpiresAt = now.Add(validFor);
        return code;
    }

    /// <summary>The person claims the profile: from now on they own it.</summary>
    public void Claim(string code, Guid userId, DateTime now)
    {
        if (OwnerUserId is not null)
        {
            throw new DomainRuleException(DomainMessages.ProfileAlreadyOwned);
        }

        if (ClaimCodeHash is null || ClaimCodeExpiresAt is null || ClaimCodeExpiresAt < now ||
            !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(ClaimCodeHash), Encoding.ASCII.GetBytes(HashCode(code))))
        {
            throw new DomainRuleException(DomainMessages.ClaimCodeInvalid);
        }

        OwnerUserId = userId;
        ClaimCodeHash = null;
        ClaimCodeExpiresAt = null;
        Touch(now);
    }

    /// <summary>
    /// A talent scout saw the competence: it is added when missing, gets the level and source seen,
    /// and is confirmed by them (a certified competence stays certified, with its certifier).
    /// </summary>
    public ProfileCompetence ConfirmCompetence(Guid competenceId, int level, CompetenceSource source, string? note, Guid by, DateTime at)
    {
        var competence = Competences.FirstOrDefault(c => c.CompetenceId == competenceId);
        if (competence is null)
        {
            if (Competences.Count >= MaxCompetences)
            {
                throw new DomainRuleException(DomainMessages.ProfileFull, MaxCompetences);
            }

            competence = new ProfileCompetence { ProfileId = Id, CompetenceId = competenceId };
            Competences.Add(competence);
        }

        competence.Level = level;
        competence.Source = source;
        if (!string.IsNullOrWhiteSpace(note))
        {
            competence.Note = note.Trim();
        }

        if (competence.Evidence != Evidence.Certified)
        {
            competence.Back(Evidence.Confirmed, by, at);
        }

        Touch(at);
        return competence;
    }

    private static string HashCode(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));
}

/// <summary>Who the person is and what they look for: the profile's own fields.</summary>
public sealed record ProfileDetails(
    string DisplayName,
    string Postcode,
    string? Email,
    string? Phone,
    bool SeeksJob,
    bool SeeksVolunteering,
    int HoursPerWeek,
    int MaxTravelKm,
    ProfileVisibility Visibility,
    IReadOnlyList<string> Interests);

/// <summary>A competence on a profile: how well (1-4), where it was learned and how it is backed.</summary>
public class ProfileCompetence
{
    public const int MinLevel = 1;
    public const int MaxLevel = 4;

    public Guid ProfileId { get; set; }
    public Guid CompetenceId { get; set; }
    public int Level { get; set; }
    public CompetenceSource Source { get; set; }
    public Evidence Evidence { get; private set; }
    public string? Note { get; set; }
    public Guid? ConfirmedByUserId { get; private set; }
    public DateTime? ConfirmedAt { get; private set; }

    /// <summary>
    /// The one place that records how the competence is backed: who confirmed or certified it and
    /// when. A declared competence names nobody.
    /// </summary>
    public void Back(Evidence evidence, Guid? by, DateTime? at)
    {
        Evidence = evidence;
        ConfirmedByUserId = evidence == Evidence.Declared ? null : by;
        ConfirmedAt = evidence == Evidence.Declared ? null : at;
    }
}

/// <summary>A language a person speaks, with a CEFR level.</summary>
public class ProfileLanguage
{
    public Guid ProfileId { get; set; }
    public string Code { get; set; } = "";
    public CefrLevel Level { get; set; }
    public bool IsNative { get; set; }
}

/// <summary>Experience in an occupation, in work, volunteering or life.</summary>
public class ProfileExperience
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProfileId { get; set; }
    public Guid OccupationId { get; set; }
    public double Years { get; set; }
    public ExperienceContext Context { get; set; }
}
