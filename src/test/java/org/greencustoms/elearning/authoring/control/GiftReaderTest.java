package org.greencustoms.elearning.authoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.greencustoms.elearning.authoring.control.BankFixtures.en;
import static org.greencustoms.elearning.authoring.control.BankFixtures.option;
import static org.greencustoms.elearning.authoring.control.BankFixtures.tags;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greencustoms.elearning.assessment.entity.MatchPair;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.content.control.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("GiftReader imports a GIFT question bank as Moodle reads it")
class GiftReaderTest {

    private static final String FILE = "bank.gift.txt";
    private static final BankImport BANK = GiftReader.read(FILE, BankFixtures.bytes(FILE));

    private static QuestionDefinition question(String id) {
        return BANK.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Nested
    @DisplayName("the fixture bank")
    class Fixture {

        @Test
        @DisplayName("imports the supported questions in file order, with ids from their names")
        void importsTheSupportedQuestions() {
            assertThat(BANK.questions()).extracting(QuestionDefinition::id).containsExactly("licensing-of-hcfcs",
                    "controlled-gases", "quarantine-licence", "ozone-unit", "annexes", "kigali-months", "ban-year",
                    "annexes-2");
        }

        @Test
        @DisplayName("single answer: HTML reduced to text, [plain] kept as written, feedback per option and general")
        void singleAnswer() {
            assertThat(question("licensing-of-hcfcs")).isEqualTo(new QuestionDefinition("licensing-of-hcfcs", null,
                    1, en("Which Article of the Montreal Protocol requires import & export licensing?"), null,
                    en("Article 4B was added by the Montreal Amendment (1997)."), tags("topic:ozone-layer"),
                    new QuestionBody.SingleChoice(List.of(
                            option("a", "Article 4B",
                                    "Right: licensing of new, used, recycled and reclaimed substances.", true, null),
                            option("b", "Article 2", "No: Article 2 sets the control measures.", false, null),
                            option("c", "Article <5>", "No: Article 5 is about developing countries.", false,
                                    null)))));
        }

        @Test
        @DisplayName("several answers keep their fractions")
        void multipleAnswers() {
            assertThat(question("controlled-gases").body()).isEqualTo(new QuestionBody.MultipleChoice(List.of(
                    option("a", "CFC-12", "Annex A.", true, 0.5),
                    option("b", "HCFC-22", null, true, 0.5),
                    option("c", "Nitrogen", "Not controlled.", false, -1.0))));
        }

        @Test
        @DisplayName("true/false: the first feedback is for the wrong answer, the second for the right one")
        void trueFalse() {
            assertThat(question("quarantine-licence").body()).isEqualTo(new QuestionBody.TrueFalse(false,
                    en("It does: Annex E is licensed."), en("Right: it is still licensed.")));
        }

        @Test
        @DisplayName("short answer: the 100% answers only")
        void shortAnswer() {
            assertThat(question("ozone-unit").body())
                    .isEqualTo(new QuestionBody.ShortAnswer(Map.of("en", List.of("National Ozone Unit", "NOU"))));
        }

        @Test
        @DisplayName("matching: an empty left side is a distractor; \\: is a colon")
        void matching() {
            QuestionDefinition annexes = question("annexes");
            assertThat(annexes.prompt()).isEqualTo(en("Match each substance with its annex: group."));
            assertThat(annexes.body()).isEqualTo(new QuestionBody.Matching(List.of(
                    new MatchPair("p1", en("CFC-12"), en("Annex A")),
                    new MatchPair("p2", en("HCFC-22"), en("Annex C"))), List.of(en("Annex F"))));
        }

        @Test
        @DisplayName("numerical: answer:tolerance, and min..max as its midpoint and half its width")
        void numerical() {
            assertThat(question("kigali-months").body()).isEqualTo(new QuestionBody.Numeric(3, 0.5, null, null));
            assertThat(question("ban-year").body()).isEqualTo(new QuestionBody.Numeric(1996, 1, null, null));
        }

        @Test
        @DisplayName("the last $CATEGORY: segment is the tag of the questions after it")
        void categoriesAreTags() {
            assertThat(BANK.questions()).extracting(q -> q.tags().get(0)).containsExactly("topic:ozone-layer",
                    "topic:ozone-layer", "topic:ozone-layer", "topic:ozone-layer", "topic:trade", "topic:trade",
                    "topic:trade", "topic:trade");
        }

        @Test
        @DisplayName("reports each question not imported, or imported in part, by line, position and name")
        void reportsProblems() {
            assertThat(BANK.problems()).extracting(Problem::line, BankFixtures::english).containsExactly(
                    tuple(23, "Question 4 'Ozone unit': the answer 'Ozone office' (50%) is left out"),
                    tuple(23, "Question 4 'Ozone unit': the answer 'Ozone*' uses the * wildcard, which is not "
                            + "supported, so it is left out"),
                    tuple(23, "Question 4 'Ozone unit': the feedback of its answers is left out"),
                    tuple(41, "Question 8 'Ozone essay' (essay) is not supported"),
                    tuple(44, "Question 9 'Instructions' (description) is not supported"),
                    tuple(47, "Question 10 'Bad grade': the grades (33%, 33%, 34%) do not match Moodle’s grade "
                            + "options, so the question is skipped, as Moodle skips it"),
                    tuple(50, "Question 11 'Broken' is not imported: its braces { } do not match"));
            assertThat(BANK.problems()).allMatch(problem -> problem.file().equals(FILE));
        }
    }

    @Test
    @DisplayName("without a name, the question is named by its text; ids already in the quiz are not reused")
    void namesFromTextAndAvoidsIdsInUse() {
        String gift = "Is CFC-12 controlled? {T}\n\n::q::Is HFC-134a controlled? {TRUE}\n";

        BankImport bank = GiftReader.read("a.gift", gift.getBytes(StandardCharsets.UTF_8), Set.of("q"));

        assertThat(bank.questions()).extracting(QuestionDefinition::id).containsExactly("is-cfc-12-controlled", "q-2");
        assertThat(bank.questions()).extracting(QuestionDefinition::tags).containsOnly(tags("topic:imported"));
    }

    @Test
    @DisplayName("escapes: \\~ \\= \\# \\{ \\} are text, \\\\ is a backslash; a blank in mid-text gets _____")
    void escapes() {
        String gift = "::e::Which is \\{x\\} \\~ 1 \\= 2 \\# c\\\\d? The {=right ~wrong} one.";

        QuestionDefinition question = GiftReader.read("e.gift", gift.getBytes(StandardCharsets.UTF_8)).questions()
                .get(0);

        assertThat(question.prompt()).isEqualTo(en("Which is {x} ~ 1 = 2 # c\\d? The _____ one."));
    }

    @Test
    @DisplayName("single answer with two 100% answers: the package rule is reported for that question")
    void rulesAreReported() {
        String gift = "::two::Pick. {=a =b ~c}\n";

        BankImport bank = GiftReader.read("r.gift", gift.getBytes(StandardCharsets.UTF_8));

        assertThat(bank.questions()).isEmpty();
        assertThat(bank.problems()).extracting(Problem::line, Problem::key, BankFixtures::english).containsExactly(
                tuple(1, "bank.notImported", "Question 1 'two' is not imported: it breaks the rules below"),
                tuple(1, "question.notOneRightOption",
                        "A single-choice question needs exactly one right option, not 2"));
    }

    @Test
    @DisplayName("an empty file, a file with no question and a file not in UTF-8 are each one problem")
    void filesThatAreNoBank() {
        assertThat(GiftReader.read("e.gift", new byte[0]).problems()).extracting(BankFixtures::english)
                .containsExactly("The file is empty");
        assertThat(GiftReader.read("c.gift", "// only a comment\n".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(BankFixtures::english).containsExactly("The file holds no question");
        assertThat(GiftReader.read("l.gift", "::q::Caf\u00e9? {T}".getBytes(StandardCharsets.ISO_8859_1))
                .problems()).extracting(BankFixtures::english).containsExactly("The file is not UTF-8 text");
    }
}
