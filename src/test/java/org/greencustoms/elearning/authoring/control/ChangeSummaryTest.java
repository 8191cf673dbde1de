package org.greencustoms.elearning.authoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeSummaryTest {

    private static final String Q1 = """
            {"id":"q1","points":1,"prompt":{"values":{"en":"Which annex?","fr":"Quelle annexe ?"}},
             "body":{"answer":"a","options":[{"id":"a","text":{"values":{"en":"VIII"}}}]}}""";

    @Test
    void namesWhatWasAddedChangedAndRemovedByIdAndTheLanguagesThatChanged() {
        VersionSnapshot older = new VersionSnapshot(Map.of("en", "Basel", "", "60"),
                Map.of("scope", Map.of("en", "Scope", "", "5"), "annexes", Map.of("en", "Annexes", "", "5")),
                Map.of("q1", VersionSnapshot.questionParts(Q1)));
        VersionSnapshot newer = new VersionSnapshot(Map.of("en", "Basel", "", "60"),
                Map.of("scope", Map.of("en", "Scope", "fr", "Champ", "", "5"), "ports", Map.of("en", "Ports", "", "3")),
                Map.of("q1", VersionSnapshot.questionParts(Q1.replace("Quelle annexe ?", "Laquelle ?")),
                        "q2", VersionSnapshot.questionParts(Q1.replace("q1", "q2"))));

        ChangeSummary changes = ChangeSummary.between(older, newer);

        assertThat(changes.first()).isFalse();
        assertThat(changes.unitsAdded()).containsExactly("ports");
        assertThat(changes.unitsChanged()).containsExactly("scope");
        assertThat(changes.unitsRemoved()).containsExactly("annexes");
        assertThat(changes.questionsAdded()).containsExactly("q2");
        assertThat(changes.questionsChanged()).containsExactly("q1");
        assertThat(changes.questionsRemoved()).isEmpty();
        assertThat(changes.languagesChanged()).containsExactly("en", "fr");
        assertThat(changes.parts()).extracting(ChangeSummary.Part::kind).containsExactly("unitsAdded",
                "unitsChanged", "unitsRemoved", "questionsAdded", "questionsChanged");
    }

    @Test
    void aChangedAnswerKeyChangesTheQuestionButNoLanguage() {
        VersionSnapshot older = new VersionSnapshot(Map.of("en", "M"), Map.of(),
                Map.of("q1", VersionSnapshot.questionParts(Q1)));
        VersionSnapshot newer = new VersionSnapshot(Map.of("en", "M"), Map.of(),
                Map.of("q1", VersionSnapshot.questionParts(Q1.replace("\"answer\":\"a\"", "\"answer\":\"b\""))));

        ChangeSummary changes = ChangeSummary.between(older, newer);

        assertThat(changes.questionsChanged()).containsExactly("q1");
        assertThat(changes.languagesChanged()).isEmpty();
        assertThat(ChangeSummary.between(newer, newer).isEmpty()).isTrue();
    }

    @Test
    void theFirstVersionAddsEverything() {
        ChangeSummary first = ChangeSummary.first(new VersionSnapshot(Map.of("en", "M"),
                Map.of("scope", Map.of("en", "Scope")), Map.of("q1", VersionSnapshot.questionParts(Q1))));

        assertThat(first.first()).isTrue();
        assertThat(first.unitsAdded()).containsExactly("scope");
        assertThat(first.questionsAdded()).containsExactly("q1");
    }
}
