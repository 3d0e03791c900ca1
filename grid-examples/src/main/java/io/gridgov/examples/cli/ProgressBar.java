package io.gridgov.examples.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, shown only when a console is attached ({@code System.console() != null})
 * and the run is long (at least half a second, with something left to do). Thread-safe.
 */
final class ProgressBar implements AutoCloseable {

    private final String label;
    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private ProgressBar(String label, PrintWriter err, boolean enabled) {
        this.label = label;
        this.err = err;
        this.enabled = enabled;
    }

    /** {@return a bar that draws only when a console is attached} */
    static ProgressBar onConsole(String label, PrintWriter err) {
        return new ProgressBar(label, err, System.console() != null);
    }

    /** Records progress: {@code done} of {@code total}. */
    synchronized void update(int done, int total) {
        if (!enabled || total <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < 500_000_000L || now - lastDraw < 100_000_000L && done < total) {
            return;
        }
        lastDraw = now;
        int width = 30;
        int filled = (int) ((long) done * width / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            err.print("\r" + " ".repeat(label.length() + 50) + "\r");
            err.flush();
        }
    }
}
