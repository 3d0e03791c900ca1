package io.gridgov.duty;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * A strict UTF-8 reader that knows where it is: an invalid byte sequence throws a
 * {@link Malformed} naming the line and column of the first character it could not decode (a
 * buffered {@code InputStreamReader} decodes ahead and cannot say which line was bad). Not API;
 * not thread-safe.
 */
final class Utf8LineReader extends Reader {

    /** Invalid UTF-8 at a line and column (both from 1). */
    static final class Malformed extends MalformedInputException {
        private static final long serialVersionUID = 1L;
        final long line;
        final long column;

        Malformed(int length, long line, long column) {
            super(length);
            this.line = line;
            this.column = column;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean flushed;
    /** The line and column of the next character decoded. */
    private long line = 1;
    private long column = 1;

    Utf8LineReader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes more characters; {@return false at the end of the input} */
    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0) {
            if (!eof && bytes.remaining() < 4) {
                bytes.compact();
                int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (r < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + r);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (result.isError()) {
                advance(0, chars.position());
                throw new Malformed(result.length(), line, column);
            }
            if (eof && !bytes.hasRemaining()) {
                if (!flushed) {
                    decoder.flush(chars);
                    flushed = true;
                }
                break;
            }
            if (!eof && result.isUnderflow() && bytes.remaining() >= 4) {
                continue;   // decoded everything it could; read more
            }
        }
        chars.flip();
        advance(0, chars.limit());
        return chars.hasRemaining();
    }

    /** Moves the line and column over the decoded characters {@code [from, to)}. */
    private void advance(int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
