package org.tiaojie.cases.ws.internal.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read through the door: it stops at {@link RestInputGuard#MAX_BODY} bytes (a chunked body declares
 * no length), and a body that breaks off is an {@link IOException}, never a runtime exception (Jetty throws
 * {@code IllegalStateException} for a connection closed mid-body).
 */
final class BoundedBody extends FilterInputStream {
    /** The body went past the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("body too large");
        }
    }

    private long read;

    BoundedBody(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b;
        try {
            b = super.read();
        } catch (RuntimeException brokenOff) {
            throw new IOException("the body broke off", brokenOff);
        }
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (RuntimeException brokenOff) {
            throw new IOException("the body broke off", brokenOff);
        }
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        try {
            return super.available();
        } catch (RuntimeException brokenOff) {
            return 0;
        }
    }

    private void count(int n) throws IOException {
        read += n;
        if (read > RestInputGuard.MAX_BODY) {
            throw new TooLarge();
        }
    }
}
