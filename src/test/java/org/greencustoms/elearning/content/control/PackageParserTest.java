package org.greencustoms.elearning.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.greencustoms.elearning.assessment.entity.CaseDocument;
import org.greencustoms.elearning.assessment.entity.Choice;
import org.greencustoms.elearning.assessment.entity.Decision;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.assessment.entity.MatchPair;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.assessment.entity.QuestionType;
import org.greencustoms.elearning.catalog.entity.GradingMethod;
import org.greencustoms.elearning.catalog.entity.ReviewPolicy;
import org.greencustoms.elearning.content.control.PackageContent.Manifest;
import org.greencustoms.elearning.content.control.PackageContent.Media;
import org.greencustoms.elearning.content.control.PackageContent.SourceRef;
import org.greencustoms.elearning.content.control.PackageContent.Translation;
import org.greencustoms.elearning.content.control.PackageContent.UnitSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("PackageParser reads a valid package")
class PackageParserTest {

    private static final String COMPLETE = "e-waste-complete";

    @Nested
    @DisplayName("the complete fixture package (every question type, a French translation, images)")
    class CompletePackage {

        private static PackageContent content;

        @BeforeAll
        static void parse() {
            content = new PackageParser().parse(TestPackage.fixture(COMPLETE));
        }

        @Test
        void readsEveryManifestField() {
            Manifest manifest = content.manifest();

            assertThat(manifest.id()).isEqualTo("e-waste-complete");
            assertThat(manifest.version()).isEqualTo(2);
            assertThat(manifest.conventions()).containsExactly("BASEL", "ROTTERDAM");
            assertThat(manifest.title()).isEqualTo(new LocalizedText(Map.of(
                    "en", "E-waste at the border: a complete check",
                    "fr", "Les DEEE à la frontière : contrôle complet")));
            assertThat(manifest.summary().in("en")).isEqualTo("How to tell used electronics from e-waste, and which "
                    + "documents a legal e-waste shipment carries.");
            assertThat(manifest.summary().in("fr")).as("falls back to English").isEqualTo(manifest.summary().in("en"));
            assertThat(manifest.passMark()).isEqualTo(80);
            assertThat(manifest.attempts()).as("0 means unlimited").isZero();
            assertThat(manifest.timeLimitMinutes()).isEqualTo(30);
            assertThat(manifest.review()).isEqualTo(ReviewPolicy.NEVER);
            assertThat(manifest.grading()).isEqualTo(GradingMethod.AVERAGE);
        }

        @Test
        void defaultsTheModuleMinutesToTheSumOfTheUnits() {
            assertThat(content.manifest().minutes()).isEqualTo(5 + 7);
        }

        @Test
        void readsSourcesWithOptionalUrl() {
            assertThat(content.manifest().sources())
                    .extracting(SourceRef::key, SourceRef::url)
                    .containsExactly(
                            tuple("S44", "https://www.basel.int/Implementation/Ewaste/EwasteAmendments/"
                                    + "EwasteAmendmentsFAQs/tabid/10107/Default.aspx"),
                            tuple("S49", null));
            assertThat(content.manifest().sources().get(1).title())
                    .isEqualTo("HS 2022 Explanatory Note to heading 85.49 (reproduction)");
        }

        @Test
        void readsUnitsInTheListedOrder() {
            assertThat(content.units())
                    .extracting(UnitSource::key, UnitSource::file, UnitSource::minutes, UnitSource::sources)
                    .containsExactly(
                            tuple("used-or-waste", "units/01-used-or-waste.md", 5, List.of("S44", "S49")),
                            tuple("inspection", "units/02-inspection.md", 7, List.of("S49")));
        }

        @Test
        void readsTheFrenchTranslationWithItsOwnTitleAndBody() {
            Map<String, Translation> translations = content.units().get(0).translations();

            assertThat(translations).containsOnlyKeys("en", "fr");
            assertThat(translations.get("en").title()).isEqualTo("Used electronics or e-waste?");
            assertThat(translations.get("en").markdown())
                    .startsWith("Since **1 January 2025**")
                    .contains("![E-waste route](../media/e-waste-flow.png)")
                    .contains("| Points to e-waste | Points away from e-waste |")
                    .doesNotContain("id: used-or-waste", "minutes:");
            assertThat(translations.get("fr").title()).isEqualTo("Équipements usagés ou DEEE ?");
            assertThat(translations.get("fr").markdown()).startsWith("Depuis le **1er janvier 2025**");
            assertThat(content.units().get(1).translations()).containsOnlyKeys("en");
        }

        @Test
        void readsTheImagesOfMediaWithTheirContentType() {
            PackageFiles files = TestPackage.fixture(COMPLETE);

            assertThat(content.media()).containsOnlyKeys("media/e-waste-flow.png", "media/label.png");
            Media flow = content.media().get("media/e-waste-flow.png");
            assertThat(flow.path()).isEqualTo("media/e-waste-flow.png");
            assertThat(flow.contentType()).isEqualTo("image/png");
            assertThat(flow.bytes()).isEqualTo(files.bytes("media/e-waste-flow.png"));
        }

        @Test
        void readsOneQuestionOfEachTypeInOrder() {
            assertThat(content.questions())
                    .extracting(QuestionDefinition::id, QuestionDefinition::type)
                    .containsExactly(
                            tuple("q-a1181", QuestionType.SINGLE),
                            tuple("q-pic-documents", QuestionType.MULTIPLE),
                            tuple("q-protective-packaging", QuestionType.TRUE_FALSE),
                            tuple("q-entries-annexes", QuestionType.MATCHING),
                            tuple("q-movement-document", QuestionType.SHORT),
                            tuple("q-consent-days", QuestionType.NUMERIC),
                            tuple("q-pic-order", QuestionType.ORDERING),
                            tuple("q-inspect-monitors", QuestionType.INSPECTION));
        }

        @Test
        void readsTheFieldsEveryQuestionShares() {
            QuestionDefinition single = question("q-a1181");

            assertThat(single.unit()).isEqualTo("used-or-waste");
            assertThat(single.points()).as("default points").isEqualTo(1.0);
            assertThat(single.prompt().in("fr"))
                    .isEqualTo("Quelle rubrique vise les DEEE dangereux depuis le 1er janvier 2025 ?");
            assertThat(single.explanation().in("en"))
                    .isEqualTo("A1181 replaced A1180; non-hazardous e-waste is Y49 in Annex II.");
            assertThat(single.feedback()).isNull();
            assertThat(single.tags()).containsExactly("annex:Basel-VIII", "hs:8549");
            assertThat(question("q-protective-packaging").unit()).as("unit is optional").isNull();
            assertThat(question("q-movement-document").feedback().in("en")).isEqualTo("The movement document.");
            assertThat(content.totalPoints()).as("1 + 2 + 5 x 1 + inspection default 4").isEqualTo(12.0);
        }

        @Test
        void singleChoiceMarksTheAnsweredOptionCorrect() {
            List<Choice> options = body("q-a1181", QuestionBody.SingleChoice.class).options();

            assertThat(options)
                    .extracting(Choice::id, c -> c.text().in("en"), Choice::correct, Choice::fraction)
                    .containsExactly(
                            tuple("a", "A1181", true, null),
                            tuple("b", "B1110", false, null),
                            tuple("c", "B3011", false, null));
            assertThat(options.get(0).feedback().in("en")).isEqualTo("Right: Annex VIII, List A.");
            assertThat(options.get(2).feedback()).isNull();
        }

        @Test
        void multipleChoiceKeepsFractionsAndTheAnswerKey() {
            List<Choice> options = body("q-pic-documents", QuestionBody.MultipleChoice.class).options();

            assertThat(question("q-pic-documents").points()).isEqualTo(2.0);
            assertThat(options)
                    .extracting(Choice::id, Choice::correct, Choice::fraction)
                    .containsExactly(tuple("a", true, 0.5), tuple("b", true, 0.5), tuple("c", false, -1.0));
            assertThat(options.get(2).feedback().in("en")).isEqualTo("CITES covers wildlife, not waste.");
        }

        @Test
        void trueFalseKeepsTheAnswerAndBothFeedbacks() {
            QuestionBody.TrueFalse body = body("q-protective-packaging", QuestionBody.TrueFalse.class);

            assertThat(body.answer()).isTrue();
            assertThat(body.feedbackTrue().in("en")).startsWith("Correct:");
            assertThat(body.feedbackFalse().in("en")).startsWith("It is true:");
        }

        @Test
        void matchingKeepsPairsAndLocalisedDistractors() {
            QuestionBody.Matching body = body("q-entries-annexes", QuestionBody.Matching.class);

            assertThat(body.pairs())
                    .extracting(MatchPair::id, p -> p.left().in("en"), p -> p.right().in("en"))
                    .containsExactly(
                            tuple("p1", "A1181", "Annex VIII (List A)"),
                            tuple("p2", "Y49", "Annex II"));
            assertThat(body.distractors()).containsExactly(
                    LocalizedText.english("Annex III (hazard characteristics)"),
                    new LocalizedText(Map.of("en", "Annex V", "fr", "Annexe V")));
        }

        @Test
        void shortAnswerKeepsAcceptedAnswersPerLanguage() {
            QuestionBody.ShortAnswer body = body("q-movement-document", QuestionBody.ShortAnswer.class);

            assertThat(body.accepted()).containsExactly(
                    Map.entry("en", List.of("movement document", "the movement document")),
                    Map.entry("fr", List.of("document de mouvement")));
        }

        @Test
        void numericKeepsAnswerToleranceAndUnitLabel() {
            assertThat(body("q-consent-days", QuestionBody.Numeric.class))
                    .isEqualTo(new QuestionBody.Numeric(60, 0.5, "days", new LocalizedText(Map.of("en", "days",
                            "fr", "jours"))));
        }

        @Test
        void orderingKeepsTheItemsInTheWrittenOrder() {
            assertThat(body("q-pic-order", QuestionBody.Ordering.class).items())
                    .extracting(Choice::id, Choice::correct)
                    .containsExactly(tuple("notify", false), tuple("consent", false), tuple("move", false));
        }

        @Test
        void inspectionKeepsCaseFileDecisionFeedbackRedFlagsAndWeights() {
            QuestionDefinition question = question("q-inspect-monitors");
            QuestionBody.Inspection body = body("q-inspect-monitors", QuestionBody.Inspection.class);

            assertThat(question.points()).as("inspection default points").isEqualTo(4.0);
            assertThat(question.unit()).isEqualTo("inspection");
            assertThat(body.decision()).isEqualTo(Decision.DETAIN);
            assertThat(body.decisionWeight()).isEqualTo(0.25);
            assertThat(body.decisionFeedback()).containsOnlyKeys("release", "detain");
            assertThat(body.decisionFeedback().get("detain").in("en")).startsWith("Right: hold the container");
            assertThat(body.redFlags())
                    .extracting(Choice::id, Choice::correct)
                    .containsExactly(tuple("untested", true), tuple("invoice-present", false));
            assertThat(body.redFlags().get(0).feedback().in("en"))
                    .isEqualTo("Untested used equipment is presumed waste.");
        }

        @Test
        void inspectionCaseFileDocumentsKeepFieldsNotesAndImages() {
            List<CaseDocument> caseFile = body("q-inspect-monitors", QuestionBody.Inspection.class).caseFile();

            assertThat(caseFile).extracting(CaseDocument::id, CaseDocument::kind, CaseDocument::image)
                    .containsExactly(tuple("invoice", "invoice", null), tuple("label", "label", "media/label.png"));
            CaseDocument invoice = caseFile.get(0);
            assertThat(invoice.title().in("en")).isEqualTo("Commercial invoice");
            assertThat(invoice.fields())
                    .extracting(f -> f.label().in("en"), f -> f.value().in("en"))
                    .containsExactly(
                            tuple("Goods", "Used monitors, untested, sold by weight"),
                            tuple("Seller", "Eco Metals Ltd, Antwerp"));
            assertThat(invoice.note().in("en")).isEqualTo("Issued the day before loading.");
            assertThat(caseFile.get(1).title().in("fr")).isEqualTo("Étiquette sur un carton");
            assertThat(caseFile.get(1).fields()).isEmpty();
        }

        @Test
        void fingerprintsThePackageFiles() {
            assertThat(content.sha256())
                    .matches("[0-9a-f]{64}")
                    .isEqualTo(TestPackage.fixture(COMPLETE).sha256());
        }

        private QuestionDefinition question(String id) {
            return content.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
        }

        private <B extends QuestionBody> B body(String id, Class<B> type) {
            return type.cast(assertThat(question(id).body()).isInstanceOf(type).actual());
        }
    }

    @Nested
    @DisplayName("the package fingerprint")
    class Fingerprint {

        @Test
        void isTheSameForTheSameFiles() {
            String first = TestPackage.valid().parse().sha256();
            String second = TestPackage.valid().parse().sha256();

            assertThat(first).isEqualTo(second);
        }

        @Test
        void doesNotDependOnTheOrderTheFilesWereAdded() {
            TestPackage reversed = TestPackage.empty("mini-module")
                    .quiz(TestPackage.QUIZ)
                    .file("units/01-intro.md", TestPackage.UNIT)
                    .module(TestPackage.MODULE);

            assertThat(reversed.parse().sha256()).isEqualTo(TestPackage.valid().parse().sha256());
        }

        @Test
        void changesWhenOneByteOfAFileChanges() {
            String original = TestPackage.valid().parse().sha256();
            String edited = TestPackage.valid()
                    .file("units/01-intro.md", TestPackage.UNIT.replace("Some", "More"))
                    .parse().sha256();

            assertThat(edited).isNotEqualTo(original);
        }

        @Test
        void changesWhenAFileIsAdded() {
            String original = TestPackage.valid().parse().sha256();
            String withImage = TestPackage.valid().file("media/extra.png", TestPackage.png()).parse().sha256();

            assertThat(withImage).isNotEqualTo(original);
        }

        @Test
        void changesWhenAFileIsRenamed() {
            PackageFiles fixture = TestPackage.fixture(COMPLETE);
            TestPackage renamed = TestPackage.copyOf(fixture)
                    .without("media/e-waste-flow.png")
                    .file("media/e-waste-flow.PNG", fixture.bytes("media/e-waste-flow.png"));

            assertThat(renamed.build().sha256()).isNotEqualTo(fixture.sha256());
        }

        @Test
        void changesWhenAnImageOfTheFixtureChanges() {
            PackageFiles fixture = TestPackage.fixture(COMPLETE);
            byte[] image = fixture.bytes("media/label.png").clone();
            image[image.length - 1] ^= 1;

            String changed = TestPackage.copyOf(fixture).file("media/label.png", image).parse().sha256();

            assertThat(changed).isNotEqualTo(fixture.sha256());
        }
    }

    @Nested
    @DisplayName("the small valid package")
    class Defaults {

        @Test
        void appliesTheDocumentedDefaults() {
            Manifest manifest = TestPackage.valid().parse().manifest();

            assertThat(manifest.passMark()).isEqualTo(70);
            assertThat(manifest.attempts()).isEqualTo(3);
            assertThat(manifest.timeLimitMinutes()).isNull();
            assertThat(manifest.review()).isEqualTo(ReviewPolicy.IMMEDIATELY);
            assertThat(manifest.grading()).isEqualTo(GradingMethod.HIGHEST);
            assertThat(manifest.minutes()).as("the unit's minutes").isEqualTo(5);
            assertThat(manifest.title()).isEqualTo(LocalizedText.english("Mini module"));
        }

        @Test
        void keepsTheModuleMinutesWhenGiven() {
            PackageContent content = TestPackage.valid().module(TestPackage.MODULE + "minutes: 45\n").parse();

            assertThat(content.manifest().minutes()).isEqualTo(45);
        }

        @Test
        void acceptsAnEmptyConventionListForACrossCuttingModule() {
            PackageContent content = TestPackage.valid()
                    .module(TestPackage.MODULE.replace("conventions: [BASEL]", "conventions: []"))
                    .parse();

            assertThat(content.manifest().conventions()).isEmpty();
        }

        @Test
        void acceptsAPackageWithoutQuiz() {
            PackageContent content = TestPackage.valid().without("quiz.yaml").parse();

            assertThat(content.questions()).isEmpty();
            assertThat(content.units()).hasSize(1);
        }

        @Test
        void acceptsAReadmeAndUtf8WithByteOrderMark() {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] module = TestPackage.MODULE.getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[bom.length + module.length];
            System.arraycopy(bom, 0, withBom, 0, bom.length);
            System.arraycopy(module, 0, withBom, bom.length, module.length);

            PackageContent content = TestPackage.valid()
                    .file("module.yaml", withBom)
                    .file("README.md", "Notes for authors.")
                    .parse();

            assertThat(content.manifest().id()).isEqualTo("mini-module");
        }

        @Test
        void acceptsWindowsLineEndings() {
            PackageContent content = TestPackage.valid()
                    .module(TestPackage.MODULE.replace("\n", "\r\n"))
                    .file("units/01-intro.md", TestPackage.UNIT.replace("\n", "\r\n"))
                    .quiz(TestPackage.QUIZ.replace("\n", "\r\n"))
                    .parse();

            assertThat(content.units()).singleElement().extracting(UnitSource::key).isEqualTo("intro");
            assertThat(content.units().get(0).translations().get("en").markdown()).startsWith("Some **Markdown**.");
            assertThat(content.questions()).singleElement()
                    .extracting(QuestionDefinition::body, InstanceOfAssertFactories.type(QuestionBody.SingleChoice.class))
                    .extracting(QuestionBody.SingleChoice::options, InstanceOfAssertFactories.list(Choice.class))
                    .extracting(Choice::correct).containsExactly(true, false);
        }
    }
}
