package org.greencustoms.elearning.platform.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every answer carries: the Content-Security-Policy (no inline script, no framing by other sites), no
 * MIME sniffing, a referrer that stays on this site, HSTS when served over HTTPS, and the caching rules of
 * {@link CachePolicy}. The policy is the one PrimeFaces is given in web.xml (primefaces.CSP_POLICY); on Faces pages
 * PrimeFaces adds the page's script nonce to it, and its header then replaces this one instead of adding a second
 * policy (browsers would enforce both, and this one, without the nonce, would block PrimeFaces' scripts).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    static final String HSTS = "max-age=31536000";

    private transient Forwarding forwarding;
    private String policy;

    @Override
    public void init() {
        forwarding = Forwarding.configured();
        policy = getServletContext().getInitParameter("primefaces.CSP_POLICY").strip().replaceAll("\\s+", " ");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (forwarding.isHttps(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        CachePolicy.forPath(path, request.getRemoteUser() != null)
                .ifPresent(cacheControl -> response.setHeader("Cache-Control", cacheControl));
        chain.doFilter(request, new Wrapped(response));
    }

    /**
     * A response on which a second Content-Security-Policy replaces the first, and on which an error page can still
     * set its buffer size after the failed page wrote into the buffer (the container refuses that, and the error
     * page would fail in turn, leaving a bare 500).
     */
    private static final class Wrapped extends HttpServletResponseWrapper {

        Wrapped(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setBufferSize(int size) {
            if (!isCommitted()) {
                try {
                    super.setBufferSize(size);
                } catch (IllegalStateException afterFirstWrite) {
                    // The buffer in place is as large as the page's was: the error page fits as well.
                }
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
