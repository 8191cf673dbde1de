package org.greencustoms.elearning.authoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Slugs gives Moodle's names ids by the package's id rules")
class SlugsTest {

    @Test
    @DisplayName("accents dropped, other characters one hyphen, no hyphen at either end")
    void slugs() {
        assertThat(Slugs.slug("  Déchets: Bâle / Annexe VIII?  ", 64)).isEqualTo("dechets-bale-annexe-viii");
    }

    @Test
    @DisplayName("a repeated name gets -2, -3, still within 64 characters; a name of symbols gets the fallback")
    void unique() {
        Slugs slugs = new Slugs(Set.of("annex"));
        String long64 = "a".repeat(70);

        assertThat(slugs.unique("Annex", "question")).isEqualTo("annex-2");
        assertThat(slugs.unique("Annex", "question")).isEqualTo("annex-3");
        assertThat(slugs.unique(long64, "question")).isEqualTo("a".repeat(64));
        assertThat(slugs.unique(long64, "question")).isEqualTo("a".repeat(62) + "-2");
        assertThat(slugs.unique("???", "question")).isEqualTo("question");
    }
}
