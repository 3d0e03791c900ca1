package io.gridgov.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A strict UTF-8 reader that knows where it is: an invalid byte sequence (overlong forms, surrogates,
 * stray continuation bytes, a truncated sequence at the end) is a {@link Malformed} naming the line and
 * column of the first bad byte, which {@link JsonTree#unreadable} turns into a located error. Never a
 * replacement character. Not thread-safe (a reader is read by one thread).
 */
final class Utf8Reader extends Reader {

    /** An invalid byte sequence at a line and column (1-based; the column counts characters). */
    static final class Malformed extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        final long line;
        final int column;

        Malformed(long line, int column) {
            this.line = line;
            this.column = column;
        }

        @Override
        public String getMessage() {
            return "invalid UTF-8 at line " + line + ", column " + column;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean eof;
    private long line = 1;
    private int column = 1;

    Utf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    /** Decodes more characters; {@return false at the end of the input} */
    private boolean fill() throws IOException {
        if (eof && !bytes.hasRemaining()) {
            return false;
        }
        if (!eof) {
            bytes.compact();
            int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (r < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + r);
            }
            bytes.flip();
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isUnderflow() && eof) {
            result = decoder.flush(chars);
        }
        chars.flip();
        count();
        if (result.isError()) {
            throw new Malformed(line, column);
        }
        if (eof && !bytes.hasRemaining() && !chars.hasRemaining()) {
            return false;
        }
        return true;
    }

    /**
     * Advances line and column over the characters just decoded: counts the line breaks in one tight
     * pass, and characters (a surrogate pair as one) only after the last break.
     */
    private void count() {
        char[] a = chars.array();
        int from = chars.arrayOffset() + chars.position();
        int to = chars.arrayOffset() + chars.limit();
        int lastBreak = -1;
        for (int i = from; i < to; i++) {
            if (a[i] == '\n') {
                line++;
                lastBreak = i;
            }
        }
        if (lastBreak >= 0) {
            column = 1;
            from = lastBreak + 1;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isLowSurrogate(a[i])) {
                column++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
