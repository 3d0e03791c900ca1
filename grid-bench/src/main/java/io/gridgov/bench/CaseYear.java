package io.gridgov.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A synthetic year of cases in the 10,000-grid city of {@link DutiesBenchmark#city()}: cases reported
 * evenly over 2026 in working hours, each reported → (accepted) → dispatched → handled → verified
 * (one in ten fails once and is handled again) → closed, some postponed or supervised, about 3 % left
 * open; about six events a case. Written as {@code .jsonl.gz} sorted by time, streaming (only the
 * pending events of cases in flight are held), deterministic for a seed.
 */
public final class CaseYear {

    static final String[] CATEGORIES = {"sanitation.exposed-garbage", "sanitation.street-uncleaned",
        "municipal.manhole-cover", "municipal.road-damage", "municipal.street-light", "appearance.illegal-ads",
        "order.street-vending", "order.illegal-parking", "building.illegal-construction", "s8.dispute"};
    static final String[] SOURCES = {"worker", "worker", "worker", "worker", "resident", "hotline", "inspector",
        "media", "leader"};
    static final Instant START = LocalDateTime.of(2026, 1, 1, 0, 0).toInstant(ZoneOffset.ofHours(8));
    static final long YEAR_SECONDS = 365L * 86_400;

    private record Pending(long at, long seq, String line) {
    }

    private CaseYear() {
    }

    /**
     * Writes a year.
     *
     * @param file the {@code .jsonl.gz} file
     * @param cases how many cases
     * @param grids how many grids ({@code g0} …)
     * @param seed the seed
     * @return how many events were written
     */
    public static long write(Path file, int cases, int grids, long seed) {
        Random r = new Random(seed);
        PriorityQueue<Pending> pending = new PriorityQueue<>((a, b) -> a.at != b.at ? Long.compare(a.at, b.at)
                : Long.compare(a.seq, b.seq));
        long[] seq = {0};
        long events = 0;
        try (OutputStream raw = Files.newOutputStream(file);
                GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16) {
                    {
                        def.setLevel(Deflater.BEST_SPEED);
                    }
                };
                Writer w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8), 1 << 16)) {
            for (int c = 0; c < cases; c++) {
                long t = START.getEpochSecond() + (long) ((double) c / cases * YEAR_SECONDS);
                t = working(t);
                while (!pending.isEmpty() && pending.peek().at <= t) {
                    w.write(pending.poll().line);
                    events++;
                }
                String id = "C-" + c;
                String cat = CATEGORIES[r.nextInt(CATEGORIES.length)];
                String grid = "g" + r.nextInt(grids);
                w.write(line(id, t, "reported", ", \"category\": \"" + cat + "\", \"source\": \""
                        + SOURCES[r.nextInt(SOURCES.length)] + "\", \"grid\": \"" + grid + "\""));
                events++;
                long at = t;
                if (r.nextBoolean()) {
                    at += 60 + r.nextInt(600);
                    add(pending, seq, at, line(id, at, "accepted", ""));
                }
                int roll = r.nextInt(100);
                if (roll < 8) {   // solved on the spot
                    at += 60 + r.nextInt(1800);
                    add(pending, seq, at, line(id, at, "closed", ""));
                    continue;
                }
                at += 300 + r.nextInt(3600);
                add(pending, seq, at, line(id, at, "dispatched", ", \"to\": \"" + cat.substring(0, cat.indexOf('.')) + "\""));
                if (roll < 10) {
                    at += 600;
                    add(pending, seq, at, line(id, at, "postponed", ", \"days\": 2"));
                    at += 3600;
                    add(pending, seq, at, line(id, at, "resumed", ""));
                }
                if (roll >= 10 && roll < 13) {
                    continue;   // left open
                }
                if (roll >= 13 && roll < 16) {
                    at += 3600;
                    add(pending, seq, at, line(id, at, "supervised", ", \"by\": \"office\""));
                }
                at += 1800 + r.nextInt(roll < 30 ? 200_000 : 20_000);
                add(pending, seq, at, line(id, at, "handled", ""));
                if (roll >= 90) {
                    at += 1800;
                    add(pending, seq, at, line(id, at, "verified", ", \"result\": \"fail\""));
                    at += 3600 + r.nextInt(20_000);
                    add(pending, seq, at, line(id, at, "handled", ""));
                }
                at += 1800;
                add(pending, seq, at, line(id, at, "verified", ", \"result\": \"pass\""));
                at += 600;
                add(pending, seq, at, line(id, at, "closed", ""));
            }
            while (!pending.isEmpty()) {
                w.write(pending.poll().line);
                events++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }

    private static void add(PriorityQueue<Pending> q, long[] seq, long at, String line) {
        q.add(new Pending(at, seq[0]++, line));
    }

    /** Moves a time into 09:00–18:00 (+08:00) of its day, keeping its place in the year. */
    private static long working(long t) {
        long local = t + 8 * 3600;
        long day = Math.floorDiv(local, 86_400);
        long sec = Math.floorMod(local, 86_400);
        return day * 86_400 + 9 * 3600 + sec * 9 / 24 - 8 * 3600;
    }

    private static String line(String id, long at, String type, String rest) {
        return "{\"case\": \"" + id + "\", \"at\": \"" + Instant.ofEpochSecond(at).atOffset(ZoneOffset.ofHours(8))
                .toLocalDateTime() + ":00+08:00".substring(at % 60 == 0 ? 0 : 3) + "\", \"type\": \"" + type + "\"" + rest
                + "}\n";
    }
}
