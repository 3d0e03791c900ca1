package io.gridgov.examples.sample;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.facts.FactSet;
import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.format.TreeJson;
import io.gridgov.duty.ActivityRecord;
import io.gridgov.duty.ActivityRecords;
import io.gridgov.duty.DutyCatalog;
import io.gridgov.duty.DutyTemplate;
import io.gridgov.duty.DutyTemplates;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.GeoPoint;
import io.gridgov.geo.io.GeoFeatures;
import io.gridgov.geo.io.GeoJsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * The bundled sample city, 明湖区 (code 520199), a fictional district at Guiyang's latitude and longitude
 * (26.5°N 106.7°E): 8 streets, 64 communities and 641 grids on the {@code urban} scheme with 15-digit
 * codes, their boundaries along a street pattern (街巷定界), a lake (明湖) left as an allowed gap, and a
 * school, a market and an enterprise park as dedicated grids (专属网格). Every grid has a worker
 * (网格员), a leader (网格长), two volunteers (网格志愿者) and its community's instructor (网格指导员);
 * every street an area grid leader (片区网格长). The duty templates are the civilised-city (S1) and
 * the community-worker (S3) presets; November 2026 holds a month of activity records with realistic
 * misses, the non-duty facts of the grid-worker 1,000-point scheme, and 41 problems reported by
 * residents as points.
 *
 * <p>All of it is committed data under {@code io/gridgov/examples/sample/} on the class path, written
 * by {@code SampleCityGenerator} (grid-examples test sources, which reuse grid-testkit's street-block
 * generator); a test checks that regenerating gives the committed bytes. A few deliberate
 * imperfections give the demo something to report: two grids above the 500-household band and one
 * grid with two workers (warnings), one falsification (veto) and one unreported serious incident.
 *
 * <p>Stateless and thread-safe; every method reads the class-path resources afresh.
 */
public final class SampleCity {

    /** The tree with staffing (grid-core's tree format). */
    public static final String TREE = "city-tree.json";
    /** The same nodes with their boundaries (GeoJSON, lon/lat). */
    public static final String GEOJSON = "city.geojson";
    /** The lake, an allowed gap (GeoJSON). */
    public static final String ALLOWED_GAPS = "lake.geojson";
    /** The sample's own duty template (extends the S3 preset). */
    public static final String TEMPLATES = "templates.json";
    /** November 2026's activity records (CSV, gzip-compressed: about 32,000 records). */
    public static final String ACTIVITIES = "activities-2026-11.csv.gz";
    /** November 2026's facts beyond duties, one row per grid (grid-scoring's CSV facts). */
    public static final String ASSESSMENT = "assessment-2026-11.csv";
    /** Problems reported by residents in November 2026: id, lon, lat, problem (CSV). */
    public static final String REPORTS = "reports-2026-11.csv";
    /** The month's case events (JSON Lines, docs/formats/cases.md), generated with the city. */
    public static final String CASES = "cases-2026-11.jsonl";
    /** The class-path directory of the files. */
    public static final String DIRECTORY = "/io/gridgov/examples/sample/";
    /** The class-path name of the committed sample tree. */
    public static final String RESOURCE = DIRECTORY + TREE;
    /** The first day of the sample month. */
    public static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    /** The day after the sample month. */
    public static final LocalDate TO = LocalDate.of(2026, 12, 1);
    /** The sample month's label. */
    public static final String PERIOD = "2026-11";
    /** The ids of the duty presets bound to the city (S3 through the sample template that extends it). */
    public static final List<String> PRESETS = List.of("s1-civilised-city", "s3-worker-duties");

    private SampleCity() {
    }

    /** A problem reported by a resident, at a point. */
    public record Report(String id, GeoPoint point, String problem) {
    }

    private static InputStream open(String name) {
        InputStream in = SampleCity.class.getResourceAsStream(DIRECTORY + name);
        if (in == null) {
            throw new IllegalStateException("the sample file " + DIRECTORY + name + " is missing from the class path");
        }
        return in;
    }

    private static Reader reader(String name) {
        return new InputStreamReader(open(name), StandardCharsets.UTF_8);
    }

    /** {@return the committed sample tree with its staffing} */
    public static TreeDocument load() {
        try (InputStream in = open(TREE)) {
            return TreeJson.read(in, TREE, Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the boundaries as read from the GeoJSON file (nodes and geometries)} */
    public static GeoFeatures features() {
        try (InputStream in = open(GEOJSON)) {
            return GeoJsonReader.read(in, GEOJSON, CoordinateSystem.LON_LAT_WGS84);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the lake (allowed gaps)} */
    public static List<Geometry> allowedGaps() {
        try (InputStream in = open(ALLOWED_GAPS)) {
            return new ArrayList<>(GeoJsonReader.read(in, ALLOWED_GAPS, CoordinateSystem.LON_LAT_WGS84)
                    .geometries().values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The partition to validate: the tree of {@link #load()} with the boundaries of {@link #features()}
     * and the lake as an allowed gap.
     *
     * @param doc the tree
     * @return the partition
     */
    public static GeoPartition partition(TreeDocument doc) {
        return partition(doc, features().geometries());
    }

    /**
     * A partition of the tree with the given boundaries and the lake as an allowed gap.
     *
     * @param doc the tree
     * @param geometries the boundary per node id
     * @return the partition
     */
    public static GeoPartition partition(TreeDocument doc, Map<String, Geometry> geometries) {
        return GeoPartition.of(doc.tree(), geometries, CoordinateSystem.LON_LAT_WGS84).withAllowedGaps(allowedGaps());
    }

    /** {@return the duty templates bound to the city: the S1 preset and the sample's template extending S3} */
    public static List<DutyTemplate> templates() {
        List<DutyTemplate> own = ownTemplates();
        List<DutyTemplate> list = new ArrayList<>();
        directPresets().forEach(id -> list.add(DutyTemplates.preset(id)));
        list.addAll(own);
        return list;
    }

    /**
     * {@return the presets loaded as templates of their own: a preset the sample's templates extend is
     * loaded by the catalog as a base, and loading it as well would plan its duties twice}
     */
    public static List<String> directPresets() {
        List<String> extended = ownTemplates().stream().flatMap(t -> t.parent().stream()).toList();
        return PRESETS.stream().filter(id -> !extended.contains(id)).toList();
    }

    private static List<DutyTemplate> ownTemplates() {
        try (InputStream in = open(TEMPLATES)) {
            return DutyTemplates.read(in, TEMPLATES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the catalog of {@link #templates()}} */
    public static DutyCatalog catalog() {
        return DutyCatalog.of(templates());
    }

    /** {@return November 2026's activity records} */
    public static List<ActivityRecord> activities() {
        try (Reader r = new InputStreamReader(new java.util.zip.GZIPInputStream(open(ACTIVITIES)), StandardCharsets.UTF_8)) {
            return ActivityRecords.readCsv(r, ACTIVITIES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return November 2026's facts beyond duties (satisfaction, discipline, commendations, vetoes)} */
    public static FactSet assessment() {
        try (Reader r = reader(ASSESSMENT)) {
            return FactFiles.readCsv(r, ASSESSMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the problems residents reported in November 2026} */
    public static List<Report> reports() {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Report> out = new ArrayList<>();
        try (Reader r = reader(REPORTS);
                MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(schema)
                        .readValues(r)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                out.add(new Report(row.get("id"), new GeoPoint(Double.parseDouble(row.get("lon")),
                        Double.parseDouble(row.get("lat"))), row.get("problem")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
