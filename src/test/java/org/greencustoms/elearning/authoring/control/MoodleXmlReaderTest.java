package org.greencustoms.elearning.authoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.greencustoms.elearning.authoring.control.BankFixtures.en;
import static org.greencustoms.elearning.authoring.control.BankFixtures.option;
import static org.greencustoms.elearning.authoring.control.BankFixtures.tags;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greencustoms.elearning.assessment.entity.MatchPair;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.content.control.Problem;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("MoodleXmlReader imports a Moodle XML question bank")
class MoodleXmlReaderTest {

    private static final String FILE = "bank.xml";
    private static final BankImport BANK = MoodleXmlReader.read(FILE, BankFixtures.bytes(FILE));

    private static QuestionDefinition question(String id) {
        return BANK.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static BankImport read(String xml) {
        return MoodleXmlReader.read("t.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    @DisplayName("the fixture bank")
    class Fixture {

        @Test
        @DisplayName("imports the supported questions; the id number wins over the name for the id")
        void importsTheSupportedQuestions() {
            assertThat(BANK.questions()).extracting(QuestionDefinition::id).containsExactly("q-a1181", "documents",
                    "partial-single", "ban-amendment", "movement-document", "codes", "consent-days");
        }

        @Test
        @DisplayName("single answer: paragraphs kept, points, general feedback, blank answers dropped, tags")
        void singleAnswer() {
            assertThat(question("q-a1181")).isEqualTo(new QuestionDefinition("q-a1181", null, 2,
                    en("Which list holds A1181?\n\nPick one."), null, en("List A is Annex VIII."),
                    tags("topic:basel-bamako", "annex:Basel-VIII", "topic:e-waste"),
                    new QuestionBody.SingleChoice(List.of(option("a", "List A", "Right.", true, null),
                            option("b", "List B", null, false, null)))));
        }

        @Test
        @DisplayName("several answers: fractions of 1/k and -1/k are what the platform computes, so none are kept")
        void multipleAnswersWithImpliedFractions() {
            assertThat(question("documents").body()).isEqualTo(new QuestionBody.MultipleChoice(List.of(
                    option("a", "Movement document", null, true, null), option("b", "Consent", null, true, null),
                    option("c", "Invoice only", null, false, null))));
        }

        @Test
        @DisplayName("single answer with partial credit keeps its fractions, and says they are not scored")
        void singleAnswerWithPartialCredit() {
            assertThat(question("partial-single").body()).isEqualTo(new QuestionBody.SingleChoice(List.of(
                    option("a", "Annex III", null, true, 1.0), option("b", "Annex I", null, false, 0.5))));
        }

        @Test
        @DisplayName("true/false, short answer, matching with a distractor, numerical with its unit")
        void otherTypes() {
            assertThat(question("ban-amendment").body()).isEqualTo(new QuestionBody.TrueFalse(true,
                    en("Since 2019."), en("It entered into force in 2019.")));
            assertThat(question("movement-document").body()).isEqualTo(new QuestionBody.ShortAnswer(
                    Map.of("en", List.of("movement document", "the movement document"))));
            assertThat(question("codes")).satisfies(codes -> {
                assertThat(codes.tags()).containsExactly("topic:procedure");
                assertThat(codes.body()).isEqualTo(new QuestionBody.Matching(List.of(
                        new MatchPair("p1", en("A1181"), en("Annex VIII")),
                        new MatchPair("p2", en("Y49"), en("Annex II"))), List.of(en("Annex IX"))));
            });
            assertThat(question("consent-days").body())
                    .isEqualTo(new QuestionBody.Numeric(60, 0.5, "days", en("days")));
        }

        @Test
        @DisplayName("reports every unsupported question by position and name, and every part left out")
        void reportsProblems() {
            assertThat(BANK.problems()).extracting(Problem::line, BankFixtures::english).containsExactly(
                    tuple(6, "Question 1 'Annex & list': its incorrectfeedback is left out"),
                    tuple(28, "Question 3 'Partial single': option 'Annex I' gives 50% in Moodle; a single-answer "
                            + "question here scores only its 100% option"),
                    tuple(35, "Question 4 'Ban amendment': the image or file '@@PLUGINFILE@@/ban.png' is left out"),
                    tuple(41, "Question 5 'Movement document': the answer '*' (0%) is left out"),
                    tuple(41, "Question 5 'Movement document': the feedback of its answers is left out"),
                    tuple(41, "Question 5 'Movement document' is case-sensitive in Moodle; here answers are "
                            + "compared ignoring case, spaces and accents"),
                    tuple(59, "Question 7 'Consent days': the answer '30' (50%) is left out"),
                    tuple(59, "Question 7 'Consent days': the unit 'weeks' is left out"),
                    tuple(69, "Question 8 'Ozone essay' (essay) is not supported"),
                    tuple(73, "Question 9 'Cloze' (multianswer) is not supported"),
                    tuple(77, "Question 10 'Drag words' (ddwtos) is not supported"),
                    tuple(78, "Question 11 'Calculated' (calculatedsimple) is not supported"),
                    tuple(79, "Question 12 'Read this' (description) is not supported"),
                    tuple(80, "Question 13 'Random (Basel)' (random) is not supported"),
                    tuple(81, "Question 14 'Invalid grade': the grades (33%) do not match Moodle’s grade options, "
                            + "so the question is skipped, as Moodle skips it"),
                    tuple(88, "Question 15 'No right answer' is not imported: it breaks the rules below"),
                    tuple(88, "A single-choice question needs exactly one right option, not 0"));
        }
    }

    @Test
    @DisplayName("an option that is only an image is left out and its image reported, even if the question is not")
    void imageOnlyOption() {
        BankImport bank = read("""
                <quiz><question type="multichoice"><name><text>Labels</text></name>
                <questiontext format="html"><text>Which label?</text></questiontext>
                <answer fraction="100" format="html"><text><![CDATA[<img src="@@PLUGINFILE@@/a.png">]]></text></answer>
                <answer fraction="0" format="html"><text>None</text></answer>
                </question></quiz>
                """);

        assertThat(bank.questions()).isEmpty();
        assertThat(bank.problems()).extracting(Problem::key).containsExactly("bank.media", "bank.notImported",
                "question.tooFewOptions");
    }

    @Nested
    @DisplayName("a file that is not a Moodle bank is one clear problem, never an exception or a hang")
    class Refused {

        @Test
        @DisplayName("a DOCTYPE, even a harmless one")
        void doctype() {
            assertThat(read("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz>\n<quiz/>").problems())
                    .extracting(Problem::line, BankFixtures::english)
                    .containsExactly(tuple(2, "The file declares a DOCTYPE, which is refused"));
        }

        @Test
        @DisplayName("an external entity (XXE) reading a local file")
        void externalEntity() {
            BankImport bank = read("""
                    <?xml version="1.0"?>
                    <!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                    <quiz><question type="truefalse"><name><text>&secret;</text></name></question></quiz>
                    """);

            assertThat(bank.questions()).isEmpty();
            assertThat(bank.problems()).extracting(BankFixtures::english)
                    .containsExactly("The file declares a DOCTYPE, which is refused");
        }

        @Test
        @DisplayName("billion laughs")
        void billionLaughs() {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [\n<!ENTITY l0 \"ha\">\n");
            for (int i = 1; i <= 10; i++) {
                xml.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10))
                        .append("\">\n");
            }
            xml.append("]>\n<quiz><question type=\"essay\"><name><text>&l10;</text></name></question></quiz>\n");

            BankImport bank = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(xml.toString()));

            assertThat(bank.problems()).extracting(Problem::line, BankFixtures::english)
                    .containsExactly(tuple(2, "The file declares a DOCTYPE, which is refused"));
        }

        @Test
        @DisplayName("text that is not XML, such as a GIFT file")
        void notXml() {
            assertThat(read("::q::Is it XML? {F}").problems()).extracting(Problem::line)
                    .containsExactly(1);
            assertThat(read("::q::Is it XML? {F}").problems().get(0).message(Locale.ENGLISH))
                    .startsWith("The file is not well-formed XML: ");
        }

        @Test
        @DisplayName("XML that is not Moodle's")
        void otherXml() {
            assertThat(read("<html><body/></html>").problems()).extracting(BankFixtures::english)
                    .containsExactly("The file is XML but not Moodle XML: its root is <html>, not <quiz>");
        }

        @Test
        @DisplayName("an empty file, a quiz without questions, a file not in UTF-8")
        void emptyOrNotUtf8() {
            assertThat(read("").problems()).extracting(BankFixtures::english).containsExactly("The file is empty");
            assertThat(read("<quiz></quiz>").problems()).extracting(BankFixtures::english)
                    .containsExactly("The file holds no question");
            byte[] latin1 = "<quiz><question type=\"truefalse\"><name><text>Caf\u00e9</text></name></question></quiz>"
                    .getBytes(StandardCharsets.ISO_8859_1);
            assertThat(MoodleXmlReader.read("l.xml", latin1).problems()).extracting(BankFixtures::english)
                    .containsExactly("The file is not UTF-8 text");
        }
    }
}
