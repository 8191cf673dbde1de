package org.greencustoms.elearning.authoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.greencustoms.elearning.authoring.control.BankFixtures.en;
import static org.greencustoms.elearning.authoring.control.BankFixtures.option;
import static org.greencustoms.elearning.authoring.control.BankFixtures.tags;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.assessment.entity.QuestionType;
import org.greencustoms.elearning.authoring.control.MoodleXmlWriter.MoodleExport;
import org.greencustoms.elearning.content.control.PackageFiles;
import org.greencustoms.elearning.content.control.PackageParser;
import org.greencustoms.elearning.content.control.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MoodleXmlWriter exports a quiz that MoodleXmlReader imports again unchanged")
class MoodleXmlWriterTest {

    private static final List<QuestionDefinition> FROM_MOODLE = Stream.concat(
            GiftReader.read("bank.gift.txt", BankFixtures.bytes("bank.gift.txt")).questions().stream(),
            MoodleXmlReader.read("bank.xml", BankFixtures.bytes("bank.xml")).questions().stream()).toList();

    @Test
    @DisplayName("questions imported from GIFT and Moodle XML, of every type Moodle has, come back equal")
    void exportThenImportGivesEqualQuestions() {
        MoodleExport export = MoodleXmlWriter.write(FROM_MOODLE, "en");

        BankImport again = MoodleXmlReader.read("export.xml", export.xml());

        assertThat(export.notExported()).isEmpty();
        assertThat(again.questions()).isEqualTo(FROM_MOODLE);
        assertThat(MoodleXmlWriter.write(FROM_MOODLE, null).xml()).isEqualTo(export.xml());
        assertThat(again.problems()).extracting(BankFixtures::english).containsExactly("Question 11 'partial-single': "
                + "option 'Annex I' gives 50% in Moodle; a single-answer question here scores only its 100% option");
        assertThat(FROM_MOODLE).extracting(QuestionDefinition::type).contains(QuestionType.SINGLE,
                QuestionType.MULTIPLE, QuestionType.TRUE_FALSE, QuestionType.SHORT, QuestionType.MATCHING,
                QuestionType.NUMERIC);
    }

    @Test
    @DisplayName("ordering and inspection questions are returned as not exported; the others import again")
    void reportsWhatMoodleCannotHold() {
        List<QuestionDefinition> quiz = new PackageParser()
                .parse(PackageFiles.fromFolder(Path.of("src/test/resources/packages/e-waste-complete"))).questions();

        MoodleExport export = MoodleXmlWriter.write(quiz, "en");
        BankImport again = MoodleXmlReader.read("export.xml", export.xml());

        assertThat(export.notExported()).extracting(Problem::file, BankFixtures::english).containsExactly(
                tuple("quiz.yaml", "Question 'q-pic-order' (ordering) is not exported: Moodle has no such question "
                        + "type"),
                tuple("quiz.yaml", "Question 'q-inspect-monitors' (inspection) is not exported: Moodle has no such "
                        + "question type"));
        assertThat(again.problems()).isEmpty();
        assertThat(again.questions()).extracting(QuestionDefinition::id).containsExactly("q-a1181",
                "q-pic-documents", "q-protective-packaging", "q-entries-annexes", "q-movement-document",
                "q-consent-days");
        assertThat(again.questions()).extracting(QuestionDefinition::tags)
                .isEqualTo(quiz.stream().limit(6).map(QuestionDefinition::tags).toList());
    }

    @Test
    @DisplayName("texts in the language asked for, English where there is none; English answers are accepted too")
    void writesOneLanguage() {
        List<QuestionDefinition> quiz = new PackageParser()
                .parse(PackageFiles.fromFolder(Path.of("src/test/resources/packages/e-waste-complete"))).questions();

        BankImport french = MoodleXmlReader.read("fr.xml", MoodleXmlWriter.write(quiz, "fr").xml());

        assertThat(french.questions().get(0).prompt())
                .isEqualTo(en("Quelle rubrique vise les DEEE dangereux depuis le 1er janvier 2025 ?"));
        assertThat(french.questions().get(4).body()).isEqualTo(new QuestionBody.ShortAnswer(Map.of("en",
                List.of("document de mouvement", "movement document", "the movement document"))));
        assertThat(french.questions().get(5).body()).isEqualTo(new QuestionBody.Numeric(60, 0.5, "jours",
                en("jours")));
    }

    @Test
    @DisplayName("several answers without fractions are written as Moodle grades of 1/k and -1/k")
    void impliedFractions() {
        QuestionDefinition three = new QuestionDefinition("three", null, 1, en("Which three?"), null, null,
                tags("topic:imported"), new QuestionBody.MultipleChoice(List.of(option("a", "A", null, true, null),
                        option("b", "B", null, true, null), option("c", "C", null, true, null),
                        option("d", "D", null, false, null))));

        String xml = new String(MoodleXmlWriter.write(List.of(three), "en").xml(), StandardCharsets.UTF_8);

        assertThat(xml).contains("<answer format=\"plain_text\" fraction=\"33.33333\">")
                .contains("<answer format=\"plain_text\" fraction=\"-33.33333\">");
        assertThat(MoodleXmlReader.read("t.xml", xml.getBytes(StandardCharsets.UTF_8)).questions())
                .containsExactly(three);
    }

    @Test
    @DisplayName("a fraction Moodle would refuse is not exported, and said so")
    void refusedGrade() {
        QuestionDefinition odd = new QuestionDefinition("odd", null, 1, en("Which?"), null, null,
                tags("topic:imported"), new QuestionBody.MultipleChoice(List.of(option("a", "A", null, true, 0.35),
                        option("b", "B", null, true, 0.65), option("c", "C", null, false, 0.0))));

        MoodleExport export = MoodleXmlWriter.write(List.of(odd), "en");

        assertThat(export.notExported()).extracting(BankFixtures::english)
                .containsExactly("Question 'odd' is not exported: Moodle refuses its grade 35%");
        assertThat(MoodleXmlReader.read("t.xml", export.xml()).problems()).extracting(BankFixtures::english)
                .containsExactly("The file holds no question");
    }

    @Test
    @DisplayName("the feedback shown whatever the answer joins the explanation in Moodle's general feedback")
    void feedbackJoinsTheExplanation() {
        QuestionDefinition both = new QuestionDefinition("both", null, 1, en("True?"), en("Seen by all."),
                new LocalizedText(Map.of("en", "Because.", "fr", "Parce que.")), tags("topic:imported"),
                new QuestionBody.TrueFalse(true, null, null));

        BankImport again = MoodleXmlReader.read("t.xml", MoodleXmlWriter.write(List.of(both), "fr").xml());

        assertThat(again.questions().get(0).explanation()).isEqualTo(en("Parce que.\n\nSeen by all."));
    }
}
