package io.gridgov.cases;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Reading on a second thread (预读): a read (inflating, decoding, parsing) runs on its own thread and
 * hands the events over in batches through a small bounded queue, while the calling thread gives them to
 * the sink in the same order, so reading and replaying overlap on two cores and at most
 * {@value #DEPTH} batches of {@value #BATCH} events wait in memory. The read's exception (for a bad file,
 * the reader's located {@link io.gridgov.core.io.InvalidInputException}) is rethrown on the calling thread
 * after the events before it have gone to the sink, exactly as a read on one thread would; an exception of
 * the sink stops the read.
 *
 * <p>For a replay, the reading thread also numbers the case ids ({@link CaseNumbers}): each event goes
 * over with its case's number, and the numbers the replay lets go of come back with the emptied batches,
 * to be recycled on the reading thread; and the usual events go over as rows of a reused batch of columns
 * ({@link EventColumns}) instead of objects. One instance per read, used by the thread that made it.
 */
final class ReadAhead {

    /** Events per batch. */
    static final int BATCH = 4096;
    /** Batches that may wait in the queue. */
    static final int DEPTH = 8;

    /** Where a read puts its events, each with its case's number (-1 when the read numbers none). */
    interface Sink {
        void accept(CaseEvent e, int number);

        /** {@return the columns the next usual event may be written to as a row, or null for objects only} */
        default EventColumns columns() {
            return null;
        }

        /** Takes the row just written to {@link #columns()}, with its case's number. */
        default void commit(int number) {
            throw new UnsupportedOperationException();
        }
    }

    /** What a read does with a sink of its own: it runs on the reading thread. */
    interface Read {
        /** {@return how many events were read} */
        long run(Sink sink);
    }

    /** The calling thread's side of a numbered read: a replay. */
    interface Target {
        /** Takes one event with its case's number and the sequence the numbering gave it. */
        void accept(CaseEvent e, int number, long seq);

        /** Takes the event of a row of columns (not an object) with the sequence the numbering gave it. */
        void accept(EventColumns batch, int row, long seq);

        /** {@return the releases gathered so far, leaving {@code empty} to gather the next ones} */
        CaseNumbers.Released swap(CaseNumbers.Released empty);

        /**
         * Told that the events of rows {@code [from, to)} of a batch come next (after the {@value #AHEAD} before
         * them), so that it may start loading what they need: a few loads issued together overlap, where one at a
         * time each waits for memory. Does nothing by default.
         */
        default void ahead(EventColumns batch, int from, int to) {
        }
    }

    /** Rows a {@link Target} is told of ahead ({@link Target#ahead}), and at a time. */
    static final int AHEAD = 8;

    /** A batch handed over: {@code n} events, or the end of the read ({@code last}) with its outcome. */
    private static final class Batch {
        final EventColumns events = new EventColumns(BATCH);
        CaseNumbers.Released released = new CaseNumbers.Released();
        long firstSeq;
        boolean last;
        long count;
        Throwable failure;
    }

    /** Thrown on the reading thread when the calling thread has stopped taking batches. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(DEPTH);
    /** Emptied batches going back to the reading thread, with the releases of their replay. */
    private final ConcurrentLinkedQueue<Batch> back = new ConcurrentLinkedQueue<>();
    private final CaseNumbers numbers;
    private volatile boolean stopped;

    private ReadAhead(CaseNumbers numbers) {
        this.numbers = numbers;
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
        Target t = new Target() {
            @Override
            public void accept(CaseEvent e, int number, long seq) {
                sink.accept(e);
            }

            @Override
            public void accept(EventColumns batch, int row, long seq) {
                sink.accept(batch.event(row));
            }

            @Override
            public CaseNumbers.Released swap(CaseNumbers.Released empty) {
                return empty;
            }
        };
        return new ReadAhead(null).go(read, t);
    }

    /**
     * Runs a numbered read on a new thread and gives its events to a replay on this one. The read numbers
     * the case ids with {@code numbers} (on its thread, while it runs); the replay's releases go back to it.
     *
     * @param read the read, numbering with {@code numbers}
     * @param numbers the replay's numbering, not touched by the calling thread until this returns
     * @param target the replay
     * @return how many events were read
     */
    static long run(Read read, CaseNumbers numbers, Target target) {
        return new ReadAhead(numbers).go(read, target);
    }

    private long go(Read read, Target target) {
        Thread reader = new Thread(() -> produce(read), "gridgov-case-read-ahead");
        reader.setDaemon(true);
        reader.start();
        boolean done = false;
        try {
            while (true) {
                Batch b = queue.take();
                EventColumns events = b.events;
                CaseEvent[] objects = events.objects;
                int[] nums = events.numbers;
                long seq = b.firstSeq;
                int n = events.n;
                target.ahead(events, 0, Math.min(AHEAD, n));
                for (int i = 0; i < n; i++) {
                    if ((i & (AHEAD - 1)) == 0 && i + AHEAD < n) {
                        target.ahead(events, i + AHEAD, Math.min(i + 2 * AHEAD, n));
                    }
                    CaseEvent e = objects[i];
                    if (e != null) {
                        target.accept(e, nums[i], seq + i);
                    } else {
                        target.accept(events, i, seq + i);
                    }
                }
                events.clear();
                if (b.last) {
                    done = true;
                    if (numbers != null) {
                        // the reading thread has finished with the table: recycle what is left here
                        for (Batch r; (r = back.poll()) != null; ) {
                            r.released.applyTo(numbers);
                        }
                        target.swap(b.released).applyTo(numbers);
                    }
                    Throwable f = b.failure;
                    if (f instanceof RuntimeException r) {
                        throw r;
                    }
                    if (f instanceof Error e) {
                        throw e;
                    }
                    return b.count;
                }
                if (numbers != null) {
                    b.released = target.swap(b.released);
                }
                back.add(b);   // reused: a batch's arrays are made once per read, not once per batch
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
                if (numbers != null) {
                    join(reader);   // the numbering is the replay's again only once the reader has stopped
                }
            }
        }
    }

    private static void join(Thread reader) {
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@return an empty batch: one the replay gave back (its releases applied here), else a new one} */
    private Batch fresh() {
        Batch b = back.poll();
        if (b == null) {
            b = new Batch();
        } else if (numbers != null) {
            b.released.applyTo(numbers);
        }
        if (numbers != null) {
            b.firstSeq = numbers.nextSeq();
        }
        return b;
    }

    private void produce(Read read) {
        Batch[] batch = {fresh()};
        Batch end;
        try {
            long count = read.run(new Sink() {
                @Override
                public void accept(CaseEvent e, int number) {
                    Batch b = batch[0];
                    b.events.add(e, number);
                    if (b.events.full()) {
                        hand(b);
                        batch[0] = fresh();
                    }
                }

                @Override
                public EventColumns columns() {
                    return numbers != null ? batch[0].events : null;
                }

                @Override
                public void commit(int number) {
                    Batch b = batch[0];
                    b.events.commit(number);
                    if (b.events.full()) {
                        hand(b);
                        batch[0] = fresh();
                    }
                }
            });
            end = batch[0];
            end.count = count;
        } catch (Stopped s) {
            return;
        } catch (RuntimeException | Error t) {
            end = batch[0];
            end.failure = t;
        }
        end.last = true;
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
