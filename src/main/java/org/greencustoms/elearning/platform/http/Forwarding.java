package org.greencustoms.elearning.platform.http;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a request says about its client, believed only as far as the setting {@code gc.tls.proxy} allows. Off (the
 * default), the server is reached directly: the client is the connection's address and HTTPS is the connection's.
 * On, every request comes through a TLS proxy that sets X-Forwarded-For and X-Forwarded-Proto: the client is the
 * address the proxy appended last (the earlier ones come from the client and may be made up) and the scheme is the
 * one the proxy saw. Without a proxy such headers come from the client, so they are never read then.
 */
public record Forwarding(boolean trustProxy) {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    /** As configured: the server.xml variable or the environment variable GC_TLS_PROXY. */
    public static Forwarding configured() {
        return new Forwarding(ConfigProvider.getConfig().getOptionalValue("gc.tls.proxy", Boolean.class)
                .orElse(false));
    }

    public String clientAddress(HttpServletRequest request) {
        return clientAddress(request.getRemoteAddr(), request.getHeader(FORWARDED_FOR));
    }

    public boolean isHttps(HttpServletRequest request) {
        return isHttps(request.isSecure(), request.getHeader(FORWARDED_PROTO));
    }

    String clientAddress(String remoteAddress, String forwardedFor) {
        if (!trustProxy || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
        return last.isEmpty() || last.length() > 64 ? remoteAddress : last;
    }

    boolean isHttps(boolean secureConnection, String forwardedProto) {
        return secureConnection || trustProxy && "https".equalsIgnoreCase(String.valueOf(forwardedProto).strip());
    }
}
