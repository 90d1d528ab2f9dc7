using TalentMatch.Application.Features.Vacancies;
using TalentMatch.Domain.Catalogue;

namespace TalentMatch.UnitTests.Vacancies;

public sealed class MostSpecificFirstTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid D = Guid.Parse("00000000-0000-0000-0000-00000000000d");
    private static readonly Guid E = Guid.Parse("00000000-0000-0000-0000-00000000000e");

    [Test]
    public void MostSpecificFirst_OrdersByReuseLevelWithUnknownBeforeTransversal()
    {
        var ordered = CreateVacancyFromOccupationCommandHandler.MostSpecificFirst(
        [
            new(A, ReuseLevel.Transversal, 1),
            new(B, null, 1),
            new(C, ReuseLevel.CrossSector, 1),
            new(D, ReuseLevel.OccupationSpecific, 50),
            new(E, ReuseLevel.SectorSpecific, 1),
        ]);

        ordered.ShouldBe([D, E, C, B, A]);
    }

    [Test]
    public void MostSpecificFirst_WhenEquallySpecific_PutsTheRarestFirst()
    {
        var ordered = CreateVacancyFromOccupationCommandHandler.MostSpecificFirst(
        [
            new(A, ReuseLevel.SectorSpecific, 9),
            new(B, ReuseLevel.SectorSpecific, 1),
            new(C, ReuseLevel.SectorSpecific, 4),
        ]);

        ordered.ShouldBe([B, C, A]);
    }

    [Test]
    public void MostSpecificFirst_WhenEquallySpecificAndRare_OrdersById()
    {
        var ordered = CreateVacancyFromOccupationCommandHandler.MostSpecificFirst(
        [
            new(C, ReuseLevel.CrossSector, 2),
            new(A, ReuseLevel.CrossSector, 2),
            new(B, ReuseLevel.CrossSector, 2),
        ]);

        ordered.ShouldBe([A, B, C]);
    }
}
