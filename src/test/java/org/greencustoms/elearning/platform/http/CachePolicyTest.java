package org.greencustoms.elearning.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CachePolicyTest {

    @Test
    void staticResourcesKeepTheCacheTheirHandlersGive() {
        assertThat(CachePolicy.forPath("/jakarta.faces.resource/core.js.xhtml", true)).isEmpty();
        assertThat(CachePolicy.forPath("/resources/css/app.css", true)).isEmpty();
    }

    @Test
    void restAnswersAndSignedInPagesAreNeverStoredAndAnonymousPagesAreCheckedAgain() {
        assertThat(CachePolicy.forPath("/api/v1/modules", false)).contains("no-store");
        assertThat(CachePolicy.forPath("/learn/result.xhtml", true)).contains("no-store");
        assertThat(CachePolicy.forPath("/index.xhtml", false)).contains("no-cache");
    }
}
