package org.greencustoms.elearning.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForwardingTest {

    private final Forwarding direct = new Forwarding(false);
    private final Forwarding proxied = new Forwarding(true);

    @Test
    void withoutATrustedProxyTheHeadersOfTheClientAreIgnored() {
        assertThat(direct.clientAddress("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(direct.isHttps(false, "https")).isFalse();
        assertThat(direct.isHttps(true, null)).isTrue();
    }

    @Test
    void behindTheProxyTheAddressItAppendedLastIsTheClients() {
        assertThat(proxied.clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(proxied.clientAddress("10.0.0.2", " 203.0.113.9 ")).isEqualTo("203.0.113.9");
        assertThat(proxied.clientAddress("10.0.0.2", null)).isEqualTo("10.0.0.2");
        assertThat(proxied.clientAddress("10.0.0.2", "6.6.6.6,")).isEqualTo("10.0.0.2");
        assertThat(proxied.isHttps(false, "https")).isTrue();
        assertThat(proxied.isHttps(false, "http")).isFalse();
    }
}
