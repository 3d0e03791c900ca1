package com.example.grids;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.validate.ValidationReport;
import org.junit.jupiter.api.Test;

class CityCheckTest {

    @Test
    void aGridThatStopsShortOfItsCommunityIsAGap() throws Exception {
        ValidationReport report = CityCheck.check(true);
        assertThat(report.isValid()).isFalse();
        assertThat(report.findings("GAP")).isNotEmpty();
    }

    @Test
    void twoGridsThatTileTheirCommunityAreValid() throws Exception {
        assertThat(CityCheck.check(false).isValid()).isTrue();
    }
}
