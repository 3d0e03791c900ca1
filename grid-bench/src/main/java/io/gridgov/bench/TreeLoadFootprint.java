package io.gridgov.bench;

import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.format.TreeJson;
import io.gridgov.core.staff.Staffing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads the synthetic 710,241-node tree from JSON and prints the wall time and the heap retained by
 * the loaded document after a full GC. Run under {@code -Xmx600m} to check the heap goal:
 * <pre>
 * java -Xmx600m -cp grid-bench/target/benchmarks.jar io.gridgov.bench.TreeLoadFootprint
 * </pre>
 */
public final class TreeLoadFootprint {

    private TreeLoadFootprint() {
    }

    /**
     * Runs the measurement.
     *
     * @param args ignored
     * @throws IOException when the temporary file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Files.createTempFile("gridgov-footprint", ".json");
        try {
            TreeJson.write(TreeDocument.of(SyntheticTrees.tree(), Staffing.empty()), file);
            System.out.printf("file: %,d bytes%n", Files.size(file));
            long before = usedAfterGc();
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                TreeDocument doc = TreeJson.read(file, Optional.empty());
                long millis = (System.nanoTime() - start) / 1_000_000;
                long retained = usedAfterGc() - before;
                System.out.printf("run %d: %,d nodes loaded in %,d ms; retained heap %,d MB (max heap %,d MB)%n", run,
                        doc.tree().size(), millis, retained >> 20, Runtime.getRuntime().maxMemory() >> 20);
                doc = null;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
