package jp.ras.interfaces.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No request body over {@link #MAX_BYTES} is read (413): the largest legitimate one is a filing with a 5 MB photo
 * (AP8) in base64, about 6.7 MB. Counted while reading, so a missing or false {@code Content-Length} does not help.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    public static final long MAX_BYTES = 8L * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream(), MAX_BYTES));
        return context.proceed();
    }

    /** A stream that fails with 413 once more than {@code limit} bytes have been read from it. */
    static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        private void count(long n) {
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }
    }
}
