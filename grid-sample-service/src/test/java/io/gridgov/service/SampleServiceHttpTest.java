package io.gridgov.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.examples.sample.SampleCity;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The sample service answers over real HTTP on a random port, on the bundled sample city: what a
 * vendor's client sees, bad input included (one Spring context for the whole class).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleServiceHttpTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient client = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    record Answer(int status, String type, JsonNode body) {
    }

    Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), JSON.readTree(r.body()));
    }

    HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    HttpRequest.Builder post(String path, String contentType, byte[] body) {
        return get(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    static byte[] sample(String name) throws IOException {
        try (InputStream in = SampleCity.class.getResourceAsStream(SampleCity.DIRECTORY + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void locatesAPointAndAnswers404OutsideEveryGrid() throws Exception {
        Point inside = SampleCity.features().geometries().get("g001").getInteriorPoint();
        Answer a = send(get("/locate?lon=" + inside.getX() + "&lat=" + inside.getY()));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("grid").asText()).isEqualTo("g001");
        assertThat(a.body().get("path").toString()).isEqualTo("[\"d\",\"s1\",\"c01\",\"g001\"]");

        Answer outside = send(get("/locate?lon=100&lat=10").header("Accept-Language", "zh-CN,zh;q=0.9"));
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.type()).startsWith("application/problem+json");
        assertThat(outside.body().get("detail").asText()).isEqualTo("没有网格包含点 (100.0, 10.0)");
        assertThat(outside.body().get("messages").get("en").asText()).isEqualTo("no grid contains the point (100.0, 10.0)");

        Answer beyond = send(get("/locate?lon=106.7&lat=95"));
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.type()).startsWith("application/problem+json");

        Answer missing = send(get("/locate?lon=106.7"));   // Spring's own error, as a problem detail too
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.type()).startsWith("application/problem+json");
    }

    @Test
    void aGridHasItsPathStaffAndDutiesAndAnUnknownGridIs404() throws Exception {
        Answer a = send(get("/grids/g001?date=2026-11-02"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("name").asText()).isEqualTo("和平社区第1网格");
        assertThat(a.body().get("path").findValuesAsText("id")).containsExactly("d", "s1", "c01", "g001");
        assertThat(a.body().get("staff").findValuesAsText("role")).contains("worker");
        assertThat(a.body().get("duties").size()).isPositive();

        Answer unknown = send(get("/grids/g9999").header("Accept-Language", "en"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asText()).isEqualTo("https://gridgov.io/problems/not-found");
        assertThat(unknown.body().get("title").asText()).isEqualTo("Not found");
        assertThat(unknown.body().get("detail").asText()).isEqualTo("no grid has the id \"g9999\"");
        assertThat(unknown.body().get("instance").asText()).isEqualTo("/grids/g9999");
    }

    @Test
    void validatesAPartitionAsJsonOrGeoJson() throws Exception {
        byte[] city = sample(SampleCity.GEOJSON);
        Answer json = send(post("/partitions/validate", "application/geo+json", city).header("Accept", "application/json"));
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body().get("valid").asBoolean()).isTrue();
        assertThat(json.body().get("grids").asInt()).isEqualTo(714);

        Answer geo = send(post("/partitions/validate", "application/geo+json", city)
                .header("Accept", "application/geo+json"));
        assertThat(geo.status()).isEqualTo(200);
        assertThat(geo.type()).startsWith("application/geo+json");
        assertThat(geo.body().get("type").asText()).isEqualTo("FeatureCollection");
    }

    @Test
    void malformedGeoJsonIs400WithLineAndColumn() throws Exception {
        byte[] bad = "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [\n    {\"type\": \"Feature\",, }\n  ]\n}\n"
                .getBytes(StandardCharsets.UTF_8);
        Answer a = send(post("/partitions/validate", "application/geo+json", bad)
                .header("Accept", "application/json").header("Accept-Language", "zh"));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.type()).startsWith("application/problem+json");
        assertThat(a.body().get("type").asText()).isEqualTo("https://gridgov.io/problems/invalid-input");
        assertThat(a.body().get("file").asText()).isEqualTo("request body");
        assertThat(a.body().get("line").asInt()).isEqualTo(4);
        assertThat(a.body().get("column").asInt()).isEqualTo(24);
        assertThat(a.body().get("detail").asText()).startsWith("request body:4:24");
        assertThat(a.body().get("title").asText()).isEqualTo("输入有误");
    }

    @Test
    void postedCasesAppearOnTheirStreetsList() throws Exception {
        String event = "{\"case\": \"C-HTTP-1\", \"at\": \"2026-11-30T10:00:00+08:00\", \"type\": \"reported\", "
                + "\"category\": \"sanitation.exposed-garbage\", \"source\": \"resident\", \"grid\": \"g001\"}\n";
        Answer posted = send(post("/cases/events", "application/x-ndjson", event.getBytes(StandardCharsets.UTF_8)));
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.body().get("accepted").asInt()).isEqualTo(1);

        Answer lists = send(get("/cases/lists?node=s1&asOf=2026-11-30T12:00:00%2B08:00"));
        assertThat(lists.status()).isEqualTo(200);
        assertThat(lists.body().get("problems").findValuesAsText("id")).contains("C-HTTP-1");
        assertThat(send(get("/cases/lists?node=s9")).status()).isEqualTo(404);

        Answer bad = send(post("/cases/events", "application/x-ndjson",
                "{\"case\": \"C-HTTP-2\", \"type\": \"teleported\"}\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("line").asInt()).isEqualTo(1);
    }

    @Test
    void scoresRankEveryGridAndExplainOne() throws Exception {
        Answer all = send(get("/scores?period=2026-11"));
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("scheme").asText()).isEqualTo("grid-worker-monthly");
        assertThat(all.body().get("ranking").size()).isEqualTo(641);
        assertThat(all.body().get("red").size()).isPositive();

        Answer one = send(get("/scores/g001?period=2026-11"));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("subject").asText()).isEqualTo("g001");
        assertThat(one.body().get("lines").size()).isPositive();

        assertThat(send(get("/scores?period=2026-10")).status()).isEqualTo(404);
        assertThat(send(get("/scores/g9999")).status()).isEqualTo(404);
    }

    @Test
    void healthAndMetricsShowTheGrid() throws Exception {
        send(get("/locate?lon=106.7&lat=26.5"));
        Answer health = send(get("/actuator/health"));
        assertThat(health.status()).isEqualTo(200);
        JsonNode gridgov = health.body().get("components").get("gridgov");
        assertThat(gridgov.get("status").asText()).isEqualTo("UP");
        assertThat(gridgov.get("details").get("boundaries").get("valid").asBoolean()).isTrue();
        assertThat(gridgov.get("details").get("nodes").asInt()).isEqualTo(714);

        Answer located = send(get("/actuator/metrics/gridgov.points.located"));
        assertThat(located.status()).isEqualTo(200);
        assertThat(located.body().get("measurements").get(0).get("value").asDouble()).isPositive();
    }
}
