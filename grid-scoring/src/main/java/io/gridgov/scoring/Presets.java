package io.gridgov.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The schemes shipped with GridGov (预置考核方案), documented in {@code docs/formats/scheme.md}:
 * <ul>
 *   <li>{@code grid-worker-monthly} — 网格员月度千分制考核, from the plans' duties (S3, S4 千分制, S5, S9);</li>
 *   <li>{@code city-management} — 数字城管 evaluation of regions, departments and positions (100 points, A–E);</li>
 *   <li>{@code plant-safety-monthly} — S11's monthly plant safety deductions with the best and worst grid.</li>
 *   <li>{@code case-handling-monthly} — 案件办理月度考核 on the facts of grid-cases (on time, closure, rework, open overdue).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Presets {
    /** The preset ids. */
    public static final List<String> IDS = List.of("grid-worker-monthly", "city-management", "plant-safety-monthly",
            "case-handling-monthly");

    private Presets() {
    }

    /**
     * {@return whether {@code id} names a preset}
     *
     * @param id a preset id
     */
    public static boolean exists(String id) {
        return IDS.contains(id);
    }

    /**
     * Loads a preset.
     *
     * @param id one of {@link #IDS}
     * @return the scheme, validated
     * @throws IllegalArgumentException for an unknown id
     */
    public static Scheme load(String id) {
        return SchemeJson.read(json(id), "preset:" + id);
    }

    /**
     * The JSON text of a preset.
     *
     * @param id one of {@link #IDS}
     * @return the JSON
     */
    public static String json(String id) {
        if (!exists(id)) {
            throw new IllegalArgumentException("unknown preset \"" + id + "\"; presets: " + IDS);
        }
        try (InputStream in = Presets.class.getResourceAsStream("/io/gridgov/scoring/presets/" + id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("preset resource missing: " + id);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
