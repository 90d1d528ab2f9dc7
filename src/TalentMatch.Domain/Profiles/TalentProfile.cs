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

    /// <summary>What the person seeks, as a list of kinds (jobs first).</summary>
    public IReadOnlyList<OpportunityKind> KindsSought() => KindsSought(SeeksJob, SeeksVolunteering);

    /// <summary>The kinds a person seeks who seeks jobs and/or volunteering (jobs first).</summary>
    public static IReadOnlyList<OpportunityKind> KindsSought(bool job, bool volunteering) =>
        [.. job ? [OpportunityKind.Job] : Array.Empty<OpportunityKind>(), .. volunteering ? [OpportunityKind.Volunteering] : Array.Empty<OpportunityKind>()];

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
    /// Whether giving the competence this evidence raises it: confirmed or certified where it was
    /// not so before. Only those who may confirm competences do that.
    /// </summary>
    public bool RaisesEvidence(Guid competenceId, Evidence evidence) =>
        evidence > Evidence.Declared && Competences.FirstOrDefault(c => c.CompetenceId == competenceId)?.Evidence != evidence;

    /// <summary>
    /// Replaces the competences with <paramref name="wanted"/>. A competence whose evidence changes
    /// is backed anew, by <paramref name="by"/> at <paramref name="at"/>; one whose evidence stays
    /// keeps who confirmed it and when.
    /// </summary>
    public void SetCompetences(IReadOnlyCollection<CompetenceEntry> wanted, Guid by, DateTime at) =>
        CollectionSync.Sync(Competences, wanted, c => c.CompetenceId, e => e.CompetenceId, entry =>
        {
            var competence = new ProfileCompetence(Id, entry.CompetenceId);
            competence.Describe(entry.Level, entry.Source, entry.Note.TrimToNull());
            competence.Back(entry.Evidence, by, at);
            return competence;
        }, (competence, entry) =>
        {
            competence.Describe(entry.Level, entry.Source, entry.Note.TrimToNull());
            if (competence.Evidence != entry.Evidence)
            {
                competence.Back(entry.Evidence, by, at);
            }
        });

    /// <summary>Replaces the languages with <paramref name="wanted"/> (codes trimmed, in lower case).</summary>
    public void SetLanguages(IReadOnlyCollection<LanguageEntry> wanted) =>
        CollectionSync.Sync(Languages, wanted, l => l.Code, e => LanguageCode(e.Code), entry =>
        {
            var language = new ProfileLanguage(Id, LanguageCode(entry.Code));
            language.Describe(entry.Level, entry.IsNative);
            return language;
        }, (language, entry) => language.Describe(entry.Level, entry.IsNative));

    public void SetExperiences(IEnumerable<ExperienceEntry> wanted)
    {
        Experiences.Clear();
        Experiences.AddRange(wanted.Select(e => new ProfileExperience(Id, e)));
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

            competence = Add(competenceId);
        }

        competence.Describe(level, source, note.TrimToNull() ?? competence.Note);
        if (competence.Evidence != Evidence.Certified)
        {
            competence.Back(Evidence.Confirmed, by, at);
        }

        Touch(at);
        return competence;
    }

    private ProfileCompetence Add(Guid competenceId)
    {
        var competence = new ProfileCompetence(Id, competenceId);
        Competences.Add(competence);
        return competence;
    }

    private static string LanguageCode(string code) => code.Trim().ToLowerInvariant();

    private static string HashCode(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));
}
