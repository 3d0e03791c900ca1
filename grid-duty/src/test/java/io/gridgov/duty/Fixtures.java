package io.gridgov.duty;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small trees, templates and records for the duty tests. */
final class Fixtures {

    static final LocalDate NOV = LocalDate.of(2026, 11, 1);
    static final LocalDate DEC = LocalDate.of(2026, 12, 1);

    private Fixtures() {
    }

    /** A scheme of the given level keys, top first. */
    static LevelScheme scheme(String... keys) {
        return LevelScheme.of("test", Arrays.stream(keys).map(k -> Level.builder(k).build()).toArray(Level[]::new));
    }

    /**
     * A chain tree: one root per level down to {@code leaves} leaves at the bottom level. Node ids are
     * {@code <level>-<n>}; every node gets the given attributes.
     */
    static GridTree chain(int leaves, List<String[]> attributes, String... levels) {
        List<GridNode> nodes = new ArrayList<>();
        String parent = null;
        for (int i = 0; i < levels.length - 1; i++) {
            GridNode.Builder b = GridNode.builder(levels[i] + "-1").level(levels[i]);
            if (parent != null) {
                b.parent(parent);
            }
            for (String[] kv : attributes) {
                b.attribute(kv[0], kv[1]);
            }
            nodes.add(b.build());
            parent = levels[i] + "-1";
        }
        String bottom = levels[levels.length - 1];
        for (int n = 1; n <= leaves; n++) {
            GridNode.Builder b = GridNode.builder(bottom + "-" + n).level(bottom).households(300);
            if (parent != null) {
                b.parent(parent);
            }
            for (String[] kv : attributes) {
                b.attribute(kv[0], kv[1]);
            }
            nodes.add(b.build());
        }
        return GridTree.of(scheme(levels), nodes);
    }

    /** One template with one duty bound to {@code grid} level grids. */
    static DutyCatalog catalog(Duty... duties) {
        return DutyCatalog.of(List.of(DutyTemplate.of("t", "test", List.of(Binding.levels("grid")), List.of(duties))));
    }

    /** Templates from a test resource under {@code /duty/}. */
    static List<DutyTemplate> templates(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/duty/" + resource)) {
            return DutyTemplates.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ActivityRecord rec(String who, String role, String grid, String action, String target, LocalDate day,
            int hour, int minutes, Evidence... evidence) {
        LocalDateTime start = day.atTime(hour, 0);
        return ActivityRecord.of(who, role, grid, action, target, start, start.plusMinutes(minutes),
                evidence.length == 0 ? Set.of() : EnumSet.copyOf(List.of(evidence)));
    }

    /** One record per day in [from, to) for which {@code on} holds. */
    static List<ActivityRecord> daily(String grid, String action, LocalDate from, LocalDate to,
            java.util.function.Predicate<LocalDate> on) {
        return Stream.iterate(from, d -> d.isBefore(to), d -> d.plusDays(1)).filter(on)
                .map(d -> rec("p1", "worker", grid, action, "", d, 9, 60, Evidence.RECORD))
                .collect(Collectors.toList());
    }
}
