using FluentValidation;
using FluentValidation.Results;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Profiles;

/// <summary>
/// Who may see and change which profile: staff who work with people (<see cref="Policies.PeopleStaff"/>)
/// every profile, a person only their own; only those who confirm competences
/// (<see cref="Policies.ConfirmCompetences"/>) raise a competence's evidence.
/// </summary>
public sealed class ProfileAccess(ICurrentUser user)
{
    public Guid CallerId => user.RequireUserId();

    public bool IsStaff => Policies.PeopleStaff.Allows(user);

    /// <summary>Whether the caller is the person who owns a profile (a job seeker signed in with the owning account).</summary>
    public static bool IsThePerson(ICurrentUser user, Guid? ownerUserId) =>
        user.IsInRole(Roles.JobSeeker) && ownerUserId is { } owner && owner == user.UserId;

    /// <summary>The person themself or staff who work with people may read and change a profile.</summary>
    public void EnsureCanAccess(TalentProfile profile)
    {
        if (!IsStaff && !IsThePerson(user, profile.OwnerUserId))
        {
            throw new ForbiddenAccessException(Messages.ProfileAccessForbidden);
        }
    }

    /// <summary>
    /// Others declare; a talent scout confirms or certifies (the same rule as POST …/confirm). A 400
    /// names every competence whose evidence the caller may not raise.
    /// </summary>
    public void EnsureMayBack(TalentProfile profile, IReadOnlyList<ProfileCompetenceInput> competences)
    {
        if (Policies.ConfirmCompetences.Allows(user))
        {
            return;
        }

        var failures = competences
            .Select((input, i) => (input, i))
            .Where(c => profile.RaisesEvidence(c.input.CompetenceId, c.input.Evidence ?? Evidence.Declared))
            .Select(c => new ValidationFailure($"Competences[{c.i}].Evidence", Messages.Get(Messages.EvidenceOnlyByStaff)))
            .ToList();
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }
}
