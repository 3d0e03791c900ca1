package io.gridgov.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LevelSchemesTest {

    @Test
    void everyPresetIsFoundByItsId() {
        for (LevelScheme scheme : LevelSchemes.all()) {
            assertThat(LevelSchemes.byId(scheme.id())).contains(scheme);
        }
        assertThat(LevelSchemes.all()).extracting(LevelScheme::id).containsExactly("urban", "rural",
                "party-building", "fire-safety", "enterprise-safety", "public-health");
        assertThat(LevelSchemes.byId("metropolis")).isEmpty();
    }

    @Test
    void anUrbanGridHasThreeToFiveHundredHouseholdsAndOneWorker() {
        Level grid = LevelSchemes.urban().bottom();
        assertThat(grid.households()).contains(Band.of(300, 500));
        assertThat(grid.population()).contains(Band.atMost(2_500));
        assertThat(grid.requirement("worker")).contains(RoleRequirement.of("worker", 1, 1));
        assertThat(LevelSchemes.urban().levels()).extracting(Level::key)
                .containsExactly("district", "street", "community", "grid");
    }

    @Test
    void partyBuildingSpansFollowS9() {
        List<Level> levels = LevelSchemes.partyBuilding().levels();
        assertThat(levels.get(0).spans()).containsExactly(Span.of("worker", Span.Unit.CHILD_GRIDS, 4, 5));
        assertThat(levels.get(1).spans()).containsExactly(Span.of("worker", Span.Unit.SUBORDINATE_WORKERS, 8, 10));
        assertThat(levels.get(2).spans()).containsExactly(Span.of("worker", Span.Unit.HOUSEHOLDS, 20, 30));
    }

    @Test
    void depthsRangeFromThreeToFourAndAreNotFixed() {
        assertThat(LevelSchemes.all()).extracting(LevelScheme::depth).containsExactly(4, 4, 3, 3, 3, 4);
        assertThat(LevelSchemes.rural().bottom().households()).contains(Band.of(200, 300));
    }
}
