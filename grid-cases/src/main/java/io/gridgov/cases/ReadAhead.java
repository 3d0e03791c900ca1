package io.gridgov.cases;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Reading on a second thread (预读): a read (inflating, decoding, parsing) runs on its own thread and
 * hands the events over in batches through a small bounded queue, while the calling thread gives them to
 * the sink in the same order, so reading and replaying overlap on two cores and at most
 * {@value #DEPTH} batches of {@value #BATCH} events wait in memory. The read's exception (for a bad file,
 * the reader's located {@link io.gridgov.core.io.InvalidInputException}) is rethrown on the calling thread
 * after the events before it have gone to the sink, exactly as a read on one thread would; an exception of
 * the sink stops the read. One instance per read, used by the thread that made it.
 */
final class ReadAhead {

    /** Events per batch. */
    static final int BATCH = 4096;
    /** Batches that may wait in the queue. */
    static final int DEPTH = 8;

    /** What a read does with a sink of its own: it runs on the reading thread. */
    interface Read {
        /** {@return how many events were read} */
        long run(Consumer<CaseEvent> sink);
    }

    /** A batch handed over: {@code n} events, or the end of the read ({@code last}) with its outcome. */
    private record Batch(CaseEvent[] events, int n, boolean last, long count, Throwable failure) {
    }

    /** Thrown on the reading thread when the calling thread has stopped taking batches. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(DEPTH);
    private volatile boolean stopped;

    private ReadAhead() {
    }

    /**
     * Runs a read on a new thread and gives its events to the sink on this one.
     *
     * @param read the read
     * @param sink receives the events in read order, on the calling thread
     * @return how many events were read
     * @throws CancellationException when the calling thread is interrupted while waiting
     */
    static long run(Read read, Consumer<? super CaseEvent> sink) {
        return new ReadAhead().go(read, sink);
    }

    private long go(Read read, Consumer<? super CaseEvent> sink) {
        Thread reader = new Thread(() -> produce(read), "gridgov-case-read-ahead");
        reader.setDaemon(true);
        reader.start();
        boolean done = false;
        try {
            while (true) {
                Batch b = queue.take();
                CaseEvent[] events = b.events();
                for (int i = 0; i < b.n(); i++) {
                    sink.accept(events[i]);
                }
                if (b.last()) {
                    done = true;
                    Throwable f = b.failure();
                    if (f instanceof RuntimeException r) {
                        throw r;
                    }
                    if (f instanceof Error e) {
                        throw e;
                    }
                    return b.count();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException c = new CancellationException("interrupted while reading ahead");
            c.initCause(e);
            throw c;
        } finally {
            if (!done) {
                stopped = true;
                queue.clear();   // frees a reader waiting to put; it then sees the flag
                reader.interrupt();
            }
        }
    }

    private void produce(Read read) {
        CaseEvent[][] batch = {new CaseEvent[BATCH]};
        int[] n = {0};
        Batch end;
        try {
            long count = read.run(e -> {
                batch[0][n[0]++] = e;
                if (n[0] == BATCH) {
                    hand(new Batch(batch[0], BATCH, false, 0, null));
                    batch[0] = new CaseEvent[BATCH];
                    n[0] = 0;
                }
            });
            end = new Batch(batch[0], n[0], true, count, null);
        } catch (Stopped s) {
            return;
        } catch (RuntimeException | Error t) {
            end = new Batch(batch[0], n[0], true, 0, t);
        }
        try {
            hand(end);
        } catch (Stopped s) {
            // the calling thread has gone
        }
    }

    private void hand(Batch b) {
        try {
            while (!stopped) {
                if (queue.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // the calling thread stopped taking batches
        }
        throw new Stopped();
    }
}
