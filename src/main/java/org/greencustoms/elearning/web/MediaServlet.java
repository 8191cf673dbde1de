package org.greencustoms.elearning.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greencustoms.elearning.content.boundary.MediaLibrary;
import org.greencustoms.elearning.content.entity.MediaFile;

/**
 * Serves module images at /media/{module}/{version}/{file}. A published version never changes, so the answer may
 * be cached for a year: learners on slow connections download each image once. A draft's images are served to
 * authors previewing it, never cached, since the draft may be replaced by another with the same version number.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ADDRESS = Pattern.compile("/([a-z0-9][a-z0-9-]{0,63})/(\\d{1,7})/([^?#]+)");

    @Inject
    MediaLibrary media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher address = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<MediaFile> file = address.matches()
                ? media.find(address.group(1), Integer.parseInt(address.group(2)), address.group(3))
                : Optional.empty();
        boolean draft = file.isEmpty() && address.matches()
                && (request.isUserInRole("AUTHOR") || request.isUserInRole("ADMIN"));
        if (draft) {
            file = media.findInDraft(address.group(1), Integer.parseInt(address.group(2)), address.group(3));
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + file.get().getSha256() + "\"";
        response.setHeader("Cache-Control", draft ? "private, no-store" : "public, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] data = file.get().getData();
        response.setContentType(file.get().getContentType());
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }
}
