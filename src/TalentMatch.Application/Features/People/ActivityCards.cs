using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;

namespace TalentMatch.Application.Features.People;

/// <summary>
/// An everyday activity ("Ik kook voor veel mensen") and the catalogue competences it shows.
/// <see cref="Key"/> names the card's words in the web app; the competences are ESCO skill ids of the curated catalogue.
/// </summary>
public sealed record ActivityCard(string Key, string Icon, IReadOnlyList<string> EscoSkillIds);

/// <summary>A card with the competences it maps to, as the catalogue holds them now.</summary>
public sealed record ActivityCardDto(string Key, string Icon, IReadOnlyList<ActivityCardCompetenceDto> Competences);

public sealed record ActivityCardCompetenceDto(Guid CompetenceId, string Label);

/// <summary>
/// The curated mapping of everyday activities to catalogue competences, written for the product:
/// people far from the labour market recognise what they do before they recognise a competence name.
/// </summary>
public static class ActivityCards
{
    public const string SkillUri = "http://data.europa.eu/esco/skill/";

    public static IReadOnlyList<ActivityCard> All { get; } =
    [
        new("cook-many", "🍲", ["f3934441-4bff-4076-9945-e6c51a01c467", "4b15a965-9bb4-42f1-8e44-1024aeb0b08c", "0ff99f51-40d9-42f1-a1ec-377b2bb5e15f"]),
        new("sandwiches", "🥪", ["493a1805-6caa-4cda-8fd3-6495ec8ea451", "73b97efd-49fe-49d7-89dd-444f870cd210"]),
        new("coffee", "☕", ["e4fb4f26-1c0c-45e4-9250-5be32cee2a48", "b7c8f418-08d5-45d6-b697-ab26c6ecbfb4"]),
        new("serve", "🍽️", ["906d21c9-7a9c-4919-817d-10676f9ddfe4", "99b95aca-221d-415c-9de5-564e1a273701"]),
        new("dishes", "🧽", ["c662be22-f17a-4ba0-894f-d720b20c44cf", "c747ab82-9c35-4bf6-ab90-b50b9a53d292"]),
        new("care-children", "🧒", ["f8d4a24c-fb62-444e-9525-7aa5662f440d", "beb952e4-8a9c-47af-8a60-c6eb5c5f25bc", "94b01483-f13d-48ba-b8a9-ef8f18fcb2dc"]),
        new("homework", "📚", ["12efe5f2-f7ec-4f03-b359-afba5b9f62de", "699e7c26-6502-4e78-a823-3656ff5a5b8b"]),
        new("care-elderly", "🧓", ["261e740b-d32d-4356-94a8-3ea29128b70b", "ff939984-b1a6-4d57-88bd-e453262433c4", "77b636e8-fab3-41a8-8022-1e0a354059dc"]),
        new("accompany", "🤝", ["ab89ad86-1098-44bb-9465-05af5624557c", "941438bd-cc03-4326-91bf-677157dca170"]),
        new("first-aid", "⛑️", ["1d21f6ad-340f-45da-a0a3-4e83867f47a6"]),
        new("translate", "🗣️", ["2de4572a-4724-4f76-afc2-72a568a264ac", "c10d5d87-36cf-42f5-8a12-e560fb5f4af8", "81dc035c-921b-4fea-a453-94538e86097c"]),
        new("phone-calls", "📞", ["de2f0ce8-f8d6-48c5-a213-4d065251cecf", "81dc035c-921b-4fea-a453-94538e86097c"]),
        new("listen", "👂", ["a17286c5-238d-4f0b-bc24-29e9121345de", "77b636e8-fab3-41a8-8022-1e0a354059dc", "96de2e86-e287-41f2-88ab-15a2343afc6f"]),
        new("cultures", "🌍", ["5ca953f7-541d-4f67-bc55-7721348366cf", "c10d5d87-36cf-42f5-8a12-e560fb5f4af8"]),
        new("explain", "💡", ["699e7c26-6502-4e78-a823-3656ff5a5b8b", "045f71e6-0699-4169-8a54-9c6b96f3174d"]),
        new("repair", "🔧", ["87af00b5-30fa-41c8-bfa5-357f22c8d589", "5bf7f85a-b080-4b27-8ddc-9f62af4643f5", "adc6dc11-3376-467b-96c5-9b0a21edc869"]),
        new("bikes", "🚲", ["fab8e95a-448d-4784-aa50-9ef10e924829", "1f9cd253-7d74-45a2-acf6-0bd2354aed2f"]),
        new("paint", "🖌️", ["b826a56a-811d-477c-b165-271729f644a4", "7d2a1c45-fae0-4bd6-b570-c668c9d4eda7"]),
        new("renovate", "🧱", ["4af56376-7b2f-4ced-ac58-0c3967bd1e83", "86df7af2-f9f3-4c06-a500-7f1fba9e78fe", "4fa2d6ba-4fff-4f21-bddd-4a54ae840955"]),
        new("tiles", "🔲", ["504d99c7-395b-479c-815b-2f77ef769e75", "b9e08c07-4a52-4448-84dc-8a2df0601239"]),
        new("sew", "🧵", ["a3ef84f9-c436-437a-bc6f-4956ae13e1eb", "7e2f6f05-d6ef-45f3-a33c-5d6d0b07e1cf"]),
        new("clean-home", "🧹", ["4f1b6304-f54a-42f0-9604-5427a28d240f", "ce2dbe33-9e13-47bb-91bf-00cf799ac34c", "5e433def-210d-4dfa-bf07-dbf6d04e0eaa"]),
        new("windows", "🪟", ["be3e49f5-c9ff-4ddc-a811-c345a8010c35", "4f1b6304-f54a-42f0-9604-5427a28d240f"]),
        new("laundry", "👕", ["04838ae5-a737-48a0-a782-3d1b6b6cb75b", "562b1180-83e7-4041-8468-2f28d03b7893"]),
        new("hygiene", "🧼", ["d9449998-c1f5-478c-a103-2255398cf0b6", "0e21e183-e787-4f23-a240-93b416c088c2"]),
        new("sort-waste", "♻️", ["110d7aa3-e44e-4cce-a927-8d4de615f3d9", "4c3ab565-747c-4db3-8c47-79e8d6f98cf4"]),
        new("garden", "🌱", ["7b3717e4-e963-44e0-b94f-1088a7242da0", "8a1942a8-bebd-4cc5-bdff-fe215aaa3de5", "0e355580-bd4a-465a-8058-92984623070e"]),
        new("prune", "✂️", ["51097602-8e4e-4830-8f35-d77afc713fc0", "af9b6098-7d2f-4990-b4eb-d7dd73fdb933"]),
        new("pets", "🐕", ["256d1577-2a4f-4959-8aea-eb24ac0f8288"]),
        new("moving", "📦", ["ab2bb44a-3956-4028-8715-8b70b1960b99", "b6bdf202-524f-475d-b813-2aa9af005c37", "dd504527-793b-4bd2-9ad1-a5024c4b4e1d"]),
        new("wrap", "🎁", ["9e406af9-6561-43ef-9138-e5befeefd856", "dd504527-793b-4bd2-9ad1-a5024c4b4e1d"]),
        new("shop", "🛒", ["61970f8b-099c-4e7e-82e0-9ccdced0baf3", "279101c1-e325-4349-bf58-401b6c8ff208"]),
        new("shelves", "🗄️", ["7e9daad3-8604-4839-af9b-dc6f8db3ef68", "44f6a65f-6be7-4818-9a66-73908797283f"]),
        new("club-cash", "💶", ["42cad89f-afd4-4418-8439-8ce87eff1f26", "19ba11f3-9c99-41fd-a7c9-f77e6a026186", "bcf002ce-90f8-42e5-ac1b-5dba208639b0"]),
        new("reception", "🛎️", ["cace7a77-38b7-4cdf-8171-e17692bef5f6", "933e7ccf-5d56-46ba-aca4-857f826a6b3a"]),
        new("organise-party", "🎉", ["d3eccb86-f02d-4950-bfbd-20b9510774a1", "0e1fe34b-f4e7-4642-8c8b-5a05ac3438e5", "e2d44a9b-f28c-489e-9861-b654b5ded507"]),
        new("sport-coach", "⚽", ["699e7c26-6502-4e78-a823-3656ff5a5b8b", "e2d44a9b-f28c-489e-9861-b654b5ded507", "a68bdf1e-b325-4880-b456-192c2891931a"]),
        new("computer-help", "📱", ["db36f7f1-5900-45bd-9ffb-f2b19c4362ac", "6b2f8802-0cbf-436e-a37f-ca55ede41bbc"]),
        new("computer", "💻", ["d15ce60f-ddab-41ce-ba56-398451b77b60", "ba93b71b-c433-4a01-8246-ed2daa85a9a2"]),
        new("drive", "🚗", ["2a82241a-216e-44d8-bb50-6b9a0ef82084", "1efe7dcb-ebdc-4410-bf21-1ebd9e590044"]),
        new("deliver-bike", "🛵", ["e7f63440-6007-486b-948f-ea124839c418", "1efe7dcb-ebdc-4410-bf21-1ebd9e590044"]),
        new("teamwork", "👥", ["60c78287-22eb-4103-9c8c-28deaa460da0"]),
        new("alone", "🧭", ["c29aa9d2-4da8-4bdd-831c-8d4a2fb51730", "fd311456-d8d2-43ca-b6be-a66bbff90302"]),
        new("on-time", "⏰", ["113b4428-0a31-4199-8496-070af7854b91", "d9013e0e-e937-43d5-ab71-0e917ee882b8"]),
        new("trusted", "🔑", ["bcf002ce-90f8-42e5-ac1b-5dba208639b0", "e37d64dc-0f05-4ee8-b065-bf76f70d8f5c"]),
        new("calm", "🧘", ["7a147904-22b3-498a-b4d9-7bceeb86b45d", "0b144726-21c2-46ed-8d13-c03d27f61604"]),
        new("learn", "🌟", ["9bf266a6-188b-4d17-a22f-2f266d76832b", "49de9958-2aa4-4eef-a89d-fe5d5bcd28c4"]),
    ];
}

/// <summary>The activity cards with the competences each maps to, labelled in the caller's language; competences the catalogue lacks are left out.</summary>
public sealed record ListActivityCardsQuery : IQuery<IReadOnlyList<ActivityCardDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class ListActivityCardsQueryHandler(ITalentMatchDbContext db, ICurrentUser user)
    : IRequestHandler<ListActivityCardsQuery, IReadOnlyList<ActivityCardDto>>
{
    public async Task<IReadOnlyList<ActivityCardDto>> Handle(ListActivityCardsQuery request, CancellationToken cancellationToken)
    {
        var uris = ActivityCards.All.SelectMany(c => c.EscoSkillIds).Distinct().Select(id => ActivityCards.SkillUri + id).ToList();
        var competences = await db.Competences.AsNoTracking()
            .Where(c => c.EscoUri != null && uris.Contains(c.EscoUri))
            .Select(c => new { c.Id, c.EscoUri })
            .ToListAsync(cancellationToken);
        var ids = competences.Select(c => c.Id).ToList();
        var labels = await db.CompetenceLabels.AsNoTracking()
            .Where(l => ids.Contains(l.CompetenceId) && l.IsPreferred)
            .Select(l => new { l.CompetenceId, l.Language, l.Text })
            .ToListAsync(cancellationToken);
        var labelOf = labels.GroupBy(l => l.CompetenceId).ToDictionary(
            g => g.Key,
            g => (g.FirstOrDefault(l => l.Language == user.Language) ?? g.FirstOrDefault(l => l.Language == "nl") ?? g.First()).Text);
        var byUri = competences.ToDictionary(c => c.EscoUri!, c => c.Id);

        return ActivityCards.All
            .Select(card => new ActivityCardDto(
                card.Key,
                card.Icon,
                card.EscoSkillIds
                    .Select(id => byUri.TryGetValue(ActivityCards.SkillUri + id, out var competenceId) ? competenceId : (Guid?)null)
                    .OfType<Guid>()
                    .Select(competenceId => new ActivityCardCompetenceDto(competenceId, labelOf.GetValueOrDefault(competenceId, "")))
                    .ToList()))
            .Where(card => card.Competences.Count > 0)
            .ToList();
    }
}
