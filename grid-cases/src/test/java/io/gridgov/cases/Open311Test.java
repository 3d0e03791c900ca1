package io.gridgov.cases;

import static io.gridgov.cases.Cases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Open311Test {

    static final String REQUESTS = "[{\"service_request_id\": \"638344\", \"status\": \"open\", "
            + "\"service_code\": \"sanitation.exposed-garbage\", \"description\": \"garbage by the gate\", "
            + "\"requested_datetime\": \"2026-11-02T09:15:00+08:00\", \"lat\": 26.5, \"long\": 106.715}]";

    @Test
    void serviceRequestsAreReadAsReportsAndCasesWrittenBackWithTheirState() throws Exception {
        List<CaseEvent> events = new ArrayList<>(Open311.read(new ByteArrayInputStream(
                REQUESTS.getBytes(StandardCharsets.UTF_8)), "requests.json", SETUP.categories()));
        assertThat(events).singleElement().isInstanceOfSatisfying(CaseEvent.Reported.class, r -> {
            assertThat(r.source()).isEqualTo("open311");
            assertThat(r.point()).contains(new CasePoint(106.715, 26.5));
        });
        events.add(dispatched("638344", "2026-11-02T09:40", "sanitation", 0));
        CaseReport report = CaseReplay.replay(SETUP, events, t("2026-11-02T10:00"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Open311.write(report.open(), SETUP.categories(), ZoneId.of("Asia/Shanghai"), out);
        JsonNode r = JsonTree.MAPPER.readTree(out.toByteArray()).get(0);
        assertThat(r.get("service_request_id").asText()).isEqualTo("638344");
        assertThat(r.get("status").asText()).isEqualTo("open");
        assertThat(r.get("agency_responsible").asText()).isEqualTo("sanitation");
        assertThat(r.get("expected_datetime").asText()).isEqualTo("2026-11-02T14:40+08:00");
        assertThat(r.get("long").asDouble()).isEqualTo(106.715);
    }

    @Test
    void anUnknownServiceCodeIsLocated() {
        String bad = REQUESTS.replace("sanitation.exposed-garbage", "potholes");
        assertThatThrownBy(() -> Open311.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
                "requests.json", SETUP.categories()))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.location().field()).contains("$[0].service_code"));
    }
}
