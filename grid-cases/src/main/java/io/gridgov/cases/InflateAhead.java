package io.gridgov.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Inflating on a thread of its own (解压预读): a stream (a {@link java.util.zip.GZIPInputStream}) is read in
 * chunks of {@value #CHUNK} bytes by another thread, at most {@value #DEPTH} chunks ahead, so that
 * inflating, parsing and replaying share two cores instead of parsing waiting for inflating. The bytes and
 * any exception of the stream come out in the same order as from the stream itself. Closing stops the
 * other thread. Not thread-safe: one reader.
 */
final class InflateAhead extends InputStream {

    static final int CHUNK = 1 << 18;
    static final int DEPTH = 4;

    /** A chunk of bytes, or the end ({@code n < 0}) with the stream's exception if it failed. */
    private record Chunk(byte[] bytes, int n, Throwable failure) {
    }

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(DEPTH);
    private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(DEPTH + 2);
    private final Thread thread;
    private volatile boolean closed;
    private Chunk current;
    private int pos;

    InflateAhead(InputStream in) {
        thread = new Thread(() -> pump(in), "gridgov-case-inflate-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    private void pump(InputStream in) {
        Chunk end;
        try {
            while (true) {
                byte[] b = spare.poll();
                if (b == null) {
                    b = new byte[CHUNK];
                }
                int n = in.readNBytes(b, 0, b.length);
                if (n == 0) {
                    end = new Chunk(null, -1, null);
                    break;
                }
                if (!put(new Chunk(b, n, null))) {
                    return;
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            end = new Chunk(null, -1, e);
        }
        put(end);
    }

    /** {@return false when the reader has closed this} */
    private boolean put(Chunk c) {
        try {
            while (!closed) {
                if (queue.offer(c, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            // closed
        }
        return false;
    }

    /** {@return the current chunk with bytes left, or null at the end} */
    private Chunk chunk() throws IOException {
        while (current == null || current.n() >= 0 && pos == current.n()) {
            if (current != null && current.bytes() != null) {
                spare.offer(current.bytes());
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while inflating ahead");
            }
            pos = 0;
        }
        if (current.n() < 0) {
            Throwable f = current.failure();
            if (f instanceof IOException x) {
                throw x;
            }
            if (f instanceof RuntimeException x) {
                throw x;
            }
            if (f instanceof Error x) {
                throw x;
            }
            return null;
        }
        return current;
    }

    @Override
    public int read() throws IOException {
        Chunk c = chunk();
        return c == null ? -1 : c.bytes()[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        Chunk c = chunk();
        if (c == null) {
            return -1;
        }
        int n = Math.min(len, c.n() - pos);
        System.arraycopy(c.bytes(), pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        thread.interrupt();
    }
}
