package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.core.io.AtomicFiles;
import io.gridgov.geo.locate.GridLocator;
import io.gridgov.geo.locate.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov locate FILE --points CSV}: the deepest grid of each point (落图定格). Reads a CSV
 * with columns {@code id,x,y} or {@code id,lon,lat} and writes {@code id,grid,path} (path root→leaf
 * joined by {@code /}, both empty when the point is outside every grid), then prints on standard
 * error how many points lay outside every grid. Points must fit the grids' coordinate system
 * (finite; lon/lat inside ±180/±90). Exit 0; bad input ends in {@link ExitHandler} (exit 2).
 */
@Command(name = "locate", mixinStandardHelpOptions = true)
public final class LocateCommand implements Callable<Integer> {

    private static final CsvMapper CSV = new CsvMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--points", paramLabel = "CSV", required = true)
    Path points;

    @Option(names = "--projected")
    boolean projected;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    /** The output is language-neutral CSV; {@code --lang} chooses the language of an error. */
    @Mixin
    LanguageOption language;

    record Point(String id, double x, double y) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CoordinateSystem crs = projected ? CoordinateSystem.PROJECTED_METRES : CoordinateSystem.LON_LAT_WGS84;
        GridLocator locator = GridLocator.of(io.gridgov.geo.io.GeoJsonReader.read(file, crs).toPartition());
        List<Point> input = readPoints(points, crs);
        int[] outside = new int[1];
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            outside[0] = write(locator, input, stdout, err, language.locale());
            stdout.flush();
        } else {
            AtomicFiles.writeText(out, w -> outside[0] = write(locator, input, w, err, language.locale()));
        }
        err.println(io.gridgov.examples.i18n.ExamplesMessages.MESSAGES.format(language.locale(), "locate.outside", outside[0], input.size()));
        err.flush();
        return GridGovCli.OK;
    }

    private static int write(GridLocator locator, List<Point> input, Writer w, PrintWriter err, Locale locale) throws IOException {
        CsvSchema schema = CsvSchema.builder().addColumn("id").addColumn("grid").addColumn("path").build().withHeader();
        int outside = 0;
        try (ProgressBar bar = ProgressBar.onConsole(MESSAGES.format(locale, "progress.locating"), err);
                SequenceWriter rows = CSV.writer(schema).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .writeValues(w)) {
            for (int i = 0; i < input.size(); i++) {
                Point p = input.get(i);
                Optional<Location> found = locator.locate(p.x(), p.y());
                if (found.isEmpty()) {
                    outside++;
                }
                rows.write(new String[] {p.id(), found.map(Location::gridId).orElse(""),
                    found.map(Location::pathString).orElse("")});
                if ((i & 4095) == 0) {
                    bar.update(i, input.size());
                }
            }
        }
        return outside;
    }

    /**
     * Reads the points CSV.
     *
     * @param file the CSV file with a header naming id and x, y (or lon, lat)
     * @param crs the coordinate system the points must fit
     * @return the points
     * @throws InvalidInputException naming file, line, record and field
     */
    static List<Point> readPoints(Path file, CoordinateSystem crs) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Point> result = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(schema).readValues(in)) {
            int record = 0;
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                record++;
                // line = record + 1 (the header is line 1; quoted fields spanning lines are not expected)
                InputLocation where = InputLocation.ofFile(file.toString()).at(record + 1L, 1)
                        .withRecord("point #" + record + (row.get("id") == null ? "" : " (id \"" + row.get("id") + "\")"));
                String id = row.get("id");
                if (id == null || id.isBlank()) {
                    throw new InvalidInputException(where.withField("id"), MESSAGES.text("points.id"));
                }
                String xColumn = row.containsKey("x") || !row.containsKey("lon") ? "x" : "lon";
                String yColumn = xColumn.equals("x") ? "y" : "lat";
                double x = number(row, xColumn, where);
                double y = number(row, yColumn, where);
                Optional<io.gridgov.core.i18n.LocalizedText> misfit = crs.misfit(x, y);
                if (misfit.isPresent()) {
                    throw new InvalidInputException(where.withField(xColumn + "," + yColumn), misfit.get());
                }
                result.add(new Point(id, x, y));
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InputLocation.ofFile(file.toString()), MESSAGES.text("exit.noSuchFile"), e);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            InputLocation where = InputLocation.ofFile(file.toString());
            if (l != null) {
                where = where.at(l.getLineNr(), l.getColumnNr());
            }
            throw new InvalidInputException(where, MESSAGES.text("points.csv", JsonTree.quoted(e.getOriginalMessage())), e);
        } catch (IOException e) {
            throw new InvalidInputException(InputLocation.ofFile(file.toString()),
                    MESSAGES.text("exit.readFailed", file, String.valueOf(e.getMessage())), e);
        }
        return result;
    }

    private static double number(Map<String, String> row, String column, InputLocation where) {
        String text = row.get(column);
        if (text == null) {
            throw new InvalidInputException(where.withField(column), MESSAGES.text("points.column", column));
        }
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(where.withField(column), MESSAGES.text("points.number", JsonTree.quoted(text)));
    }
}
