package org.greencustoms.elearning.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * For the report benchmark only (gc.bench.timing=true; off otherwise): logs each request's server time and the SQL
 * statements it ran, with the benchmark's request id (header X-Bench-Id), to the server log, which the benchmark
 * reads back. A log line rather than a response header because a Faces page is committed before it ends.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestTiming implements Filter {

    private static final Logger LOG = Logger.getLogger(RequestTiming.class.getName());

    private boolean enabled;

    @Override
    public void init(FilterConfig config) {
        enabled = ConfigProvider.getConfig().getOptionalValue("gc.bench.timing", Boolean.class).orElse(false);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = enabled ? ((HttpServletRequest) request).getHeader("X-Bench-Id") : null;
        if (id == null) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        StatementCounter.start();
        try {
            chain.doFilter(request, response);
        } finally {
            int statements = StatementCounter.stop();
            double millis = (System.nanoTime() - started) / 1e6;
            LOG.info(() -> String.format(java.util.Locale.ROOT, "bench-timing id=%s ms=%.1f statements=%d",
                    id.replaceAll("[^A-Za-z0-9_.-]", ""), millis, statements));
        }
    }
}
