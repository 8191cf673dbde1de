package org.greencustoms.elearning.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * REST request bodies are small JSON documents (a quiz's answers are a few kilobytes): anything over 256 KB is
 * refused with 413 before it is read, whether it says its length or not. An enrolment file (text/csv) may have up to
 * 2 MB: 5,000 officers with long names and e-mail addresses. A content package (a zip, alone or in a multipart form)
 * may have 50 MB, and a little more for the form around it; the zip reader counts its own limits again.
 */
@Provider
public class RequestSizeLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_CSV_BYTES = 2 * 1024 * 1024;
    static final int MAX_PACKAGE_BYTES = 51 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        int limit = limit(request.getMediaType());
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > limit) {
            request.abortWith(tooLarge(limit));
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }

    private static final MediaType TEXT_CSV = new MediaType("text", "csv");
    private static final MediaType ZIP = new MediaType("application", "zip");

    private static int limit(MediaType type) {
        if (type == null) {
            return MAX_BYTES;
        }
        if (type.isCompatible(TEXT_CSV)) {
            return MAX_CSV_BYTES;
        }
        return type.isCompatible(ZIP) || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                ? MAX_PACKAGE_BYTES : MAX_BYTES;
    }

    static Response tooLarge(int limit) {
        return new ProblemDetails("about:blank", "Content Too Large", 413,
                "The request body is larger than " + limit / 1024 + " KB", List.of()).toResponse();
    }

    /** Fails the read once more than the limit has come, for bodies sent without a length. */
    static final class Limited extends FilterInputStream {

        private final int limit;
        private long read;

        Limited(InputStream in, int limit) {
            super(in);
            this.limit = limit;
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
            if (read > limit) {
                throw new WebApplicationException(tooLarge(limit));
            }
        }
    }
}
