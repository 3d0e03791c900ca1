package io.gridgov.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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

    /**
     * Rows keep a value as its interner index, or as its string where the interner holds none; a batch is cleared
     * and refilled many times, so a row must never give back a value an earlier use of the same row left behind.
     * Reference model: the values as written, row by row.
     */
    @Property(tries = 200)
    void aReusedBatchGivesBackTheValuesOfEachRowAsWrittenByIndexOrString(@ForAll long seed) {
        Random r = new Random(seed);
        Interner names = new Interner();
        String[] pool = {"sanitation.exposed-garbage", "municipal.road-damage", "worker", "media", "g1", "g20",
            "g300", "sanitation", "street-office", "order.illegal-parking-on-the-pavement"};
        EventColumns batch = new EventColumns(8);
        batch.interner = names;
        for (int round = 0; round < 30; round++) {
            batch.clear();
            int rows = 1 + r.nextInt(8);
            String[][] written = new String[rows][3];
            byte[] types = new byte[rows];
            for (int i = 0; i < rows; i++) {
                types[i] = r.nextBoolean() ? EventColumns.REPORTED : EventColumns.DISPATCHED;
                batch.row(types[i], null, 0x302D43L, 0, 3, i + 1, 1_780_000_000L + i);
                String[] v = written[i];
                int[] refs = new int[3];
                for (int k = 0; k < 3; k++) {
                    v[k] = pool[r.nextInt(pool.length)];
                    refs[k] = -1;
                    if (r.nextBoolean()) {
                        byte[] b = v[k].getBytes(StandardCharsets.US_ASCII);
                        names.intern(b, 0, b.length);
                        refs[k] = names.last();
                    }
                }
                if (types[i] == EventColumns.REPORTED) {
                    batch.report(v[0], refs[0], v[1], refs[1], v[2], refs[2]);
                } else {
                    batch.unit(v[0], refs[0]);
                }
                batch.commit(i);
            }
            for (int i = 0; i < rows; i++) {
                assertThat(batch.text(i)).isEqualTo(written[i][0]);
                CaseEvent e = batch.event(i);
                if (types[i] == EventColumns.REPORTED) {
                    assertThat(batch.source(i)).isEqualTo(written[i][1]);
                    assertThat(batch.grid(i)).isEqualTo(Optional.of(written[i][2]));
                    CaseEvent.Reported rep = (CaseEvent.Reported) e;
                    assertThat(List.of(rep.category(), rep.source(), rep.grid().orElseThrow()))
                            .containsExactly(written[i][0], written[i][1], written[i][2]);
                } else {
                    assertThat(((CaseEvent.Dispatched) e).to()).isEqualTo(written[i][0]);
                }
                assertThat(e.caseId()).isEqualTo("C-0");
            }
        }
    }
}
