// What a third party writes against the client generated from api-spec/openapi.json
// (`npm run generate`). It only has to type-check (`npm run typecheck`): if the contract drifts
// in a way that breaks these uses, CI fails.
import type { components, paths } from "./generated/talentmatch";

type Schemas = components["schemas"];
type Problem = Schemas["ProblemDetails"];

// --- Creating a profile: only what the validator requires --------------------------------------

type CreateProfileBody = NonNullable<paths["/api/v1/profiles"]["post"]["requestBody"]>["content"]["application/json"];
type CreatedProfile = paths["/api/v1/profiles"]["post"]["responses"][201]["content"]["application/json"];

export const minimalProfile: CreateProfileBody = {
  displayName: "Samira",
  postcode: "2060",
  seeks: ["job", "volunteering"],
  hoursPerWeek: 20,
};

// @ts-expect-error displayName is required
export const withoutName: CreateProfileBody = { postcode: "2060", seeks: ["job"], hoursPerWeek: 20 };

export function claimCodeOf(created: CreatedProfile): string | null | undefined {
  return created.claimCode;
}

// --- Reading errors: RFC 9457 problems with field errors and allowed transitions ---------------

type TransitionBody = NonNullable<paths["/api/v1/matches/{id}/transitions"]["post"]["requestBody"]>["content"]["application/json"];
type TransitionConflict = paths["/api/v1/matches/{id}/transitions"]["post"]["responses"][409]["content"]["application/problem+json"];
type LoginRefused = paths["/api/v1/auth/login"]["post"]["responses"][401]["content"]["application/problem+json"];
type NoOwnProfile = paths["/api/v1/profiles/me"]["get"]["responses"][404]["content"]["application/problem+json"];

export const propose: TransitionBody = { to: "proposed" };

export function describeProblem(problem: Problem | LoginRefused | NoOwnProfile): string[] {
  const lines = [`${problem.status ?? "?"} ${problem.title ?? ""}`.trim()];
  for (const [field, messages] of Object.entries(problem.errors ?? {})) {
    lines.push(`${field}: ${messages.join(" ")}`);
  }

  return lines;
}

export function nextStates(conflict: TransitionConflict): Schemas["MatchState"][] {
  return conflict.allowedTransitions ?? [];
}

// --- Versions: single resources carry an ETag to send back as If-Match ------------------------

type ProfileETag = paths["/api/v1/profiles/{id}"]["get"]["responses"][200]["headers"]["ETag"];
type UpdateProfileHeaders = paths["/api/v1/profiles/{id}"]["put"]["parameters"]["header"];

export function ifMatch(etag: ProfileETag): UpdateProfileHeaders {
  return { "If-Match": etag };
}

// --- Reading a match explanation ---------------------------------------------------------------

type ProfileMatches = paths["/api/v1/profiles/{id}/matches"]["get"]["responses"][200]["content"]["application/json"];
type ProfileMatchesQuery = NonNullable<paths["/api/v1/profiles/{id}/matches"]["get"]["parameters"]["query"]>;
type CheckIn = Schemas["CheckInDto"];

// A compact list (the default): each item names its first matched and missing competences.
export function headline(list: ProfileMatches): string[] {
  return list.items.map((item) => `${item.title}: ${item.score}/100, ${item.topMatched.join(", ")}; to learn: ${item.topMissing.join(", ")}`);
}

export const fullDetail: ProfileMatchesQuery = { detail: "full" };

// The whole explanation comes with detail=full; a compact item leaves it out.
export function explain(list: ProfileMatches): string[] {
  return list.items.map((item) => {
    const matched = (item.matchedCompetences ?? []).map((m) => {
      const through = m.experience ? `, ${m.experience.years} years as ${m.experience.occupationLabel}` : "";
      return `${m.label} (${m.via}, learned in ${m.profileSource}${through}): +${m.contribution}`;
    });
    const missing = (item.missingCompetences ?? []).filter((m) => m.required).map((m) => m.label);
    const distance = item.distanceKm === null ? "" : `, ${item.distanceKm} km`;
    return `${item.title}: ${item.score}/100${distance}. ${item.summary} Matched: ${matched.join("; ")}. Missing: ${missing.join(", ")}.`;
  });
}

export function riskOf(checkIn: CheckIn): "none" | "low" | "high" | "not recorded" {
  return checkIn.risk ?? "not recorded";
}
