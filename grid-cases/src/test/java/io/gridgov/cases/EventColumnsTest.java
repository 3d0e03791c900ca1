package io.gridgov.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventColumnsTest {

    @Test
    void theTypeIndexesAreThePositionsOfTheTypeNames() {
        List<Byte> indexes = List.of(EventColumns.REPORTED, EventColumns.ACCEPTED, EventColumns.REJECTED,
                EventColumns.DISPATCHED, EventColumns.HANDLED, EventColumns.VERIFIED, EventColumns.CLOSED,
                EventColumns.POSTPONED, EventColumns.RESUMED, EventColumns.ESCALATED, EventColumns.SUPERVISED,
                EventColumns.CANCELLED, EventColumns.REOPENED);
        List<String> names = List.of("reported", "accepted", "rejected", "dispatched", "handled", "verified",
                "closed", "postponed", "resumed", "escalated", "supervised", "cancelled", "reopened");
        for (int i = 0; i < names.size(); i++) {
            assertThat(CaseEvents.TYPES.get(indexes.get(i))).as("index of %s", names.get(i)).isEqualTo(names.get(i));
        }
        assertThat(CaseEvents.TYPES).hasSize(names.size());
    }
}
