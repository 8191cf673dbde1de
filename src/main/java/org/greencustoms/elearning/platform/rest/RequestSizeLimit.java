package org.greencustoms.elearning.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * REST request bodies are small JSON documents (a quiz's answers are a few kilobytes): anything over 256 KB is
 * refused with 413 before it is read, whether it says its length or not.
 */
@Provider
public class RequestSizeLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 256 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > MAX_BYTES) {
            request.abortWith(tooLarge());
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    static Response tooLarge() {
        return new ProblemDetails("about:blank", "Content Too Large", 413,
                "The request body is larger than " + MAX_BYTES / 1024 + " KB", List.of()).toResponse();
    }

    /** Fails the read once more than the limit has come, for bodies sent without a length. */
    static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
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
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw new WebApplicationException(tooLarge());
            }
        }
    }
}
