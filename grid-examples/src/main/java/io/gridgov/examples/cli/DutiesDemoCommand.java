package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gridgov duties demo}: writes a sample city (street → community → grid), its staff and a month
 * of generated activity records, ready for {@code duties plan} and {@code duties check} with the S1 and
 * S7 presets. Deterministic for a seed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DutiesDemoCommand implements Callable<Integer> {

    /** The codes of the nine S1 area patrols, in S1 §4 order. */
    static final String[] S1_AREAS = {"patrol-municipal", "patrol-environment", "patrol-compounds", "patrol-traffic",
        "patrol-committees", "patrol-markets", "patrol-culture", "patrol-dogs", "patrol-service-windows"};

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path dir;

    @Option(names = "--month", paramLabel = "YYYY-MM", defaultValue = "2026-11")
    YearMonth month;

    @Option(names = "--grids", paramLabel = "N", defaultValue = "40")
    int grids;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "7")
    long seed;

    /** The files are language-neutral; {@code --lang} chooses the language of an error. */
    @Mixin
    LanguageOption language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (grids < 1 || grids > 100_000) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    MESSAGES.format(language.locale(), "usage.range", "--grids", 1, 100_000, grids));
        }
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(seed);
        ObjectNode tree = json.createObjectNode();
        ObjectNode scheme = tree.putObject("scheme").put("id", "duties-demo");
        ArrayNode levels = scheme.putArray("levels");
        for (String level : new String[] {"street", "community", "grid"}) {
            levels.addObject().put("key", level);
        }
        ArrayNode nodes = tree.putArray("nodes");
        ObjectNode staff = json.createObjectNode();
        ArrayNode assignments = staff.putArray("assignments");
        boolean[] markets = new boolean[grids + 1];
        int communities = (grids + 7) / 8;
        int streets = (communities + 4) / 5;
        for (int s = 1; s <= streets; s++) {
            nodes.addObject().put("id", "s" + s).put("name", "街道" + s).put("level", "street");
            assign(assignments, "area-" + s, "area-leader", "s" + s);
        }
        for (int c = 1; c <= communities; c++) {
            nodes.addObject().put("id", "c" + c).put("parent", "s" + ((c - 1) / 5 + 1)).put("name", "社区" + c);
        }
        for (int g = 1; g <= grids; g++) {
            long households = 250 + random.nextInt(200);
            long key = 5 + random.nextInt(20);
            ObjectNode n = nodes.addObject().put("id", "g" + g).put("parent", "c" + ((g - 1) / 8 + 1))
                    .put("name", "网格" + g).put("households", households);
            boolean market = random.nextInt(4) == 0;
            markets[g] = market;
            n.put("households.key", key).put("households.ordinary", households - key)
                    .put("units.market", market ? 1 : 0);
            assign(assignments, "w" + g, "worker", "g" + g);
            assign(assignments, "l" + g, "leader", "g" + g);
        }
        json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("tree.json").toFile(), tree);
        json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("staff.json").toFile(), staff);

        LocalDate first = month.atDay(1);
        LocalDate end = month.plusMonths(1).atDay(1);
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("activities.jsonl"), StandardCharsets.UTF_8)) {
            for (int g = 1; g <= grids; g++) {
                double diligence = 0.6 + 0.4 * random.nextDouble();
                for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1)) {
                    if (random.nextDouble() < diligence) {   // S7: the daily patrol, 2–4 hours
                        LocalDateTime start = d.atTime(8 + random.nextInt(3), 0);
                        written += line(w, json, "w" + g, "worker", "g" + g, "patrol", "", start,
                                start.plusMinutes(120 + random.nextInt(121)), "");
                    }
                }
                for (int week = 0; week < 5; week++) {   // S1: the leader's weekly patrols of the nine areas
                    for (int area = 0; area < 9; area++) {
                        if (random.nextDouble() < diligence && (area != 5 || markets[g])) {
                            LocalDateTime start = first.plusDays(week * 7L + random.nextInt(7)).atTime(14, 0);
                            if (start.toLocalDate().isBefore(end)) {
                                written += line(w, json, "l" + g, "leader", "g" + g, "patrol",
                                        area == 5 ? "market/m-" + g : "", start, start.plusMinutes(30), S1_AREAS[area]);
                            }
                        }
                    }
                }
            }
            for (int s = 1; s <= streets; s++) {
                LocalDateTime start = first.plusDays(random.nextInt(20)).atTime(10, 0);
                written += line(w, json, "area-" + s, "area-leader", "s" + s, "meeting", "", start, start.plusHours(2), "");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = language.locale();
        out.println(MESSAGES.format(locale, "dutiesDemo.wrote", dir, String.valueOf(grids), String.valueOf(written),
                month));
        out.println(MESSAGES.format(locale, "dutiesDemo.try"));
        out.printf("  gridgov duties check --tree %s --staff %s --templates preset:s1-civilised-city preset:s7-presence"
                + " --activities %s --from %s --to %s --facts-out facts.json%n", dir.resolve("tree.json"),
                dir.resolve("staff.json"), dir.resolve("activities.jsonl"), first, end);
        out.flush();
        return GridGovCli.OK;
    }

    private static void assign(ArrayNode assignments, String person, String role, String grid) {
        assignments.addObject().put("person", person).put("role", role).put("grid", grid);
    }

    private static int line(BufferedWriter w, ObjectMapper json, String who, String role, String grid, String action,
            String target, LocalDateTime start, LocalDateTime end, String duty) {
        ObjectNode n = json.createObjectNode().put("who", who).put("role", role).put("grid", grid).put("action", action);
        if (!duty.isEmpty()) {
            n.put("duty", duty);
        }
        if (!target.isEmpty()) {
            n.put("target", target);
        }
        n.put("start", start.toString()).put("end", end.toString());
        n.putArray("evidence").add("record").add("sign-in");
        try {
            w.write(json.writeValueAsString(n));
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 1;
    }
}
