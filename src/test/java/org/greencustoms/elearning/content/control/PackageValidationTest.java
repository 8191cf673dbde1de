package org.greencustoms.elearning.content.control;

import static java.util.Locale.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.greencustoms.elearning.content.control.TestPackage.MODULE;
import static org.greencustoms.elearning.content.control.TestPackage.QUIZ;
import static org.greencustoms.elearning.content.control.TestPackage.UNIT;
import static org.greencustoms.elearning.content.control.TestPackage.problem;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One bad package per problem the validator must report. Each starts from {@link TestPackage#valid()} and breaks
 * one thing; the expected line is the line of the text block as written in the test (or in TestPackage).
 */
@DisplayName("PackageParser refuses a bad package")
class PackageValidationTest {

    private static final String INTRO = "units/01-intro.md";

    /** A valid inspection question: line 2 is the question, 11 the decision, 15 the tags. */
    private static final String INSPECTION = """
            questions:
              - id: q-inspect
                type: inspection
                prompt: Decide, and tick the red flags.
                caseFile:
                  - id: invoice
                    kind: invoice
                    title: Commercial invoice
                    fields:
                      - {label: Goods, value: Used monitors}
                decision: detain
                redFlags:
                  - {id: untested, text: Untested monitors, flag: true}
                  - {id: invoice-present, text: An invoice is attached, flag: false}
                tags: [topic:red-flags]
            """;

    /** A valid multiple question: line 2 is the question, 9 the answer. */
    private static final String MULTIPLE = """
            questions:
              - id: q-documents
                type: multiple
                prompt: Which documents travel with the waste?
                options:
                  - {id: a, text: The movement document}
                  - {id: b, text: The written consent}
                  - {id: c, text: A CITES permit}
                answer: [a, b]
                tags: [topic:documents]
            """;

    @Test
    @DisplayName("the packages these tests start from are valid")
    void startingPointsAreValid() {
        assertThatNoException().isThrownBy(TestPackage.valid()::parse);
        assertThatNoException().isThrownBy(TestPackage.valid().quiz(INSPECTION)::parse);
        assertThatNoException().isThrownBy(TestPackage.valid().quiz(MULTIPLE)::parse);
    }

    @Nested
    @DisplayName("module.yaml")
    class ModuleFile {

        @Test
        void missingModuleYaml() {
            List<Problem> problems = TestPackage.valid().without("module.yaml").problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("module.yaml", null, "The package has no module.yaml"));
        }

        @Test
        void missingRequiredField() {
            String module = MODULE.replace("summary: A module small enough to read in a test.\n", "");

            List<Problem> problems = TestPackage.valid().module(module).problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("module.yaml", 1, "The required field 'summary' is missing"));
            assertThat(problems.get(0).hint(ENGLISH)).contains("summary:");
        }

        @Test
        void missingConventions() {
            String module = MODULE.replace("conventions: [BASEL]\n", "");

            assertThat(TestPackage.valid().module(module).problems()).singleElement()
                    .satisfies(problem("module.yaml", 1, "The required field 'conventions' is missing"));
        }

        @Test
        void unknownFieldSuggestsTheNearestName() {
            List<Problem> problems = TestPackage.valid().module(MODULE + "pasMark: 80\n").problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("module.yaml", 11, "Unknown field 'pasMark' in module.yaml"));
            assertThat(problems.get(0).hint(ENGLISH)).isEqualTo("did you mean 'passMark'?");
        }

        @Test
        void aReviewAfterTheLastAttemptNeedsALimitOnAttempts() {
            List<Problem> problems = TestPackage.valid().module(MODULE + "attempts: 0\nreview: after-last-attempt\n")
                    .problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("module.yaml", 12, "'after-last-attempt' needs a limit on attempts"));
        }

        @Test
        void unknownFieldFarFromAnyNameListsTheAllowedOnes() {
            List<Problem> problems = TestPackage.valid().module(MODULE + "colour: green\n").problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("module.yaml", 11, "Unknown field 'colour'"));
            assertThat(problems.get(0).hint(ENGLISH)).startsWith("allowed here: attempts, completion, conventions, format");
        }

        @Test
        void versionThatIsNotANumber() {
            String module = MODULE.replace("version: 1", "version: one");

            assertThat(TestPackage.valid().module(module).problems()).singleElement()
                    .satisfies(problem("module.yaml", 3, "'version' must be a whole number, not 'one'"));
        }

        @Test
        void versionWrittenAsQuotedText() {
            String module = MODULE.replace("version: 1", "version: \"1\"");

            assertThat(TestPackage.valid().module(module).problems()).singleElement()
                    .satisfies(problem("module.yaml", 3, "'version' must be a whole number"));
        }

        @Test
        void passMarkOutOfRange() {
            List<Problem> problems = TestPackage.valid().module(MODULE + "passMark: 150\n").problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("module.yaml", 11, "'passMark' must be between 0 and 100, not 150"));
        }

        @Test
        void unsupportedFormat() {
            String module = MODULE.replace("format: 1", "format: 2");

            assertThat(TestPackage.valid().module(module).problems()).singleElement()
                    .satisfies(problem("module.yaml", 1, "Format 2 is not supported"));
        }

        @Test
        void unknownKeyword() {
            List<Problem> problems = TestPackage.valid().module(MODULE + "review: later\n").problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("module.yaml", 11, "'later' is not a valid review"));
            assertThat(problems.get(0).hint(ENGLISH)).contains("immediately", "after-last-attempt", "never");
        }

        @Test
        void duplicateYamlKey() {
            List<Problem> problems = TestPackage.valid().module(MODULE + "id: other-module\n").problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("module.yaml", 11, "The field 'id' appears twice"));
        }

        @Test
        void invalidStableId() {
            String module = MODULE.replace("id: mini-module", "id: Mini_Module");

            List<Problem> problems = TestPackage.valid().module(module).problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("module.yaml", 2, "'Mini_Module' is not a valid id"));
            assertThat(problems.get(0).hint(ENGLISH)).contains("lowercase letters, digits and hyphens");
        }

        @Test
        void idLongerThan64Characters() {
            String module = MODULE.replace("id: mini-module", "id: " + "a".repeat(65));

            assertThat(TestPackage.valid().module(module).problems()).singleElement()
                    .satisfies(problem("module.yaml", 2, "is not a valid id"));
        }

        @Test
        void unknownConvention() {
            String module = MODULE.replace("conventions: [BASEL]", "conventions: [BASEL, BASLE]");

            List<Problem> problems = TestPackage.valid().module(module).problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("module.yaml", 4, "Unknown convention 'BASLE'"));
            assertThat(problems.get(0).hint(ENGLISH)).contains("BASEL", "ROTTERDAM", "MINAMATA");
        }

        @Test
        void titleLongerThan200Characters() {
            String module = MODULE.replace("title: Mini module", "title: " + "t".repeat(201));

            assertThat(TestPackage.valid().module(module).problems()).singleElement()
                    .satisfies(problem("module.yaml", 5, "The en text of 'title' is 201 characters long; at most 200"));
        }

        @Test
        void localisedTextWithoutEnglish() {
            String module = MODULE.replace("title: Mini module", "title: {fr: Mini module}");

            assertThat(TestPackage.valid().module(module).problems()).singleElement()
                    .satisfies(problem("module.yaml", 5, "'title' has no English (en) text"));
        }

        @Test
        void duplicateSourceId() {
            String module = MODULE + "  - {id: S1, title: Another text}\n";

            assertThat(TestPackage.valid().module(module).problems()).singleElement()
                    .satisfies(problem("module.yaml", 11, "The source id 'S1' is used twice"));
        }

        @Test
        void sourceUrlThatIsNotHttp() {
            String module = MODULE.replace("https://www.basel.int", "ftp://www.basel.int");

            assertThat(TestPackage.valid().module(module).problems()).singleElement()
                    .satisfies(problem("module.yaml", 10, "is not an http or https address"));
        }

        @Test
        void fileThatIsNotAMapping() {
            assertThat(TestPackage.valid().module("- format\n- id\n").problems()).singleElement()
                    .satisfies(problem("module.yaml", 1, "must be a YAML mapping"));
        }
    }

    @Nested
    @DisplayName("units")
    class Units {

        /** Without quiz.yaml, so that a unit dropped for its problem does not also leave a question without unit. */
        private TestPackage withoutQuiz() {
            return TestPackage.valid().without("quiz.yaml");
        }

        @Test
        void unitListedButFileMissing() {
            String module = MODULE.replace("units:\n  - 01-intro\n", "units: [01-intro, 02-missing]\n");

            List<Problem> problems = TestPackage.valid().module(module).problems();

            assertThat(problems).singleElement().satisfies(problem("module.yaml", 7,
                    "The unit '02-missing' is listed but units/02-missing.md does not exist"));
        }

        @Test
        void unitListedTwice() {
            String module = MODULE.replace("units:\n  - 01-intro\n", "units: [01-intro, 01-intro]\n");

            assertThat(TestPackage.valid().module(module).problems()).singleElement()
                    .satisfies(problem("module.yaml", 7, "The unit '01-intro' is listed twice"));
        }

        @Test
        void unitFilePresentButNotListed() {
            List<Problem> problems = TestPackage.valid()
                    .file("units/02-extra.md", UNIT.replace("id: intro", "id: extra"))
                    .problems();

            assertThat(problems).singleElement().satisfies(problem("units/02-extra.md", null,
                    "This unit file is not listed in module.yaml's 'units'"));
            assertThat(problems.get(0).hint(ENGLISH)).contains("'02-extra'");
        }

        @Test
        void translationOfAnUnlistedUnit() {
            List<Problem> problems = TestPackage.valid()
                    .file("units/02-extra.fr.md", "---\ntitle: En plus\n---\nTexte.\n")
                    .problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("units/02-extra.fr.md", null, "is not listed in module.yaml"));
        }

        @Test
        void strayFileAtTheRoot() {
            List<Problem> problems = TestPackage.valid().file("notes.txt", "to do").problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("notes.txt", null, "Unexpected file in the package"));
        }

        @Test
        void strayFileUnderUnits() {
            List<Problem> problems = TestPackage.valid().file("units/draft.txt", "draft").problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("units/draft.txt", null, "Unexpected file in the package"));
            assertThat(problems.get(0).hint(ENGLISH)).contains(".md");
        }

        @Test
        void duplicateUnitIdPointsAtTheIdLine() {
            String module = MODULE.replace("units:\n  - 01-intro\n", "units: [01-intro, 02-again]\n");
            String again = """
                    ---
                    title: Introduction again
                    id: intro
                    minutes: 5
                    sources: [S1]
                    ---
                    The same id as 01-intro.
                    """;

            List<Problem> problems = TestPackage.valid().module(module).file("units/02-again.md", again).problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("units/02-again.md", 3, "The unit id 'intro' is used by another unit"));
        }

        @Test
        void missingFrontMatter() {
            List<Problem> problems = withoutQuiz().file(INTRO, "# Introduction\n\nNo front matter.\n").problems();

            assertThat(problems).singleElement().satisfies(problem(INTRO, 1, "The unit has no front matter"));
        }

        @Test
        void unknownAndMissingFrontMatterFields() {
            List<Problem> problems = withoutQuiz().file(INTRO, UNIT.replace("minutes: 5", "minuts: 5")).problems();

            assertThat(problems).satisfiesExactly(
                    problem(INTRO, 2, "The required field 'minutes' is missing"),
                    problem(INTRO, 4, "Unknown field 'minuts' in a unit's front matter"));
            assertThat(problems.get(1).hint(ENGLISH)).isEqualTo("did you mean 'minutes'?");
        }

        @Test
        void invalidUnitId() {
            List<Problem> problems = withoutQuiz().file(INTRO, UNIT.replace("id: intro", "id: Intro Unit")).problems();

            assertThat(problems).singleElement().satisfies(problem(INTRO, 2, "'Intro Unit' is not a valid id"));
        }

        @Test
        void unitCitingAnUnknownSource() {
            List<Problem> problems = TestPackage.valid().file(INTRO, UNIT.replace("[S1]", "[S1, S9]")).problems();

            assertThat(problems).singleElement().satisfies(problem(INTRO, 5,
                    "The unit cites source 'S9', which module.yaml does not list"));
        }

        @Test
        void unitWithoutText() {
            String unit = UNIT.replace("Some **Markdown**.\n", "\n");

            assertThat(TestPackage.valid().file(INTRO, unit).problems()).singleElement()
                    .satisfies(problem(INTRO, 7, "The unit has no text after its front matter"));
        }

        @Test
        void yamlSyntaxErrorInFrontMatterHasTheFileLine() {
            String unit = UNIT.replace("title: Introduction", "title: Scope: what is controlled");

            List<Problem> problems = withoutQuiz().file(INTRO, unit).problems();

            assertThat(problems).singleElement().satisfies(problem(INTRO, 3, "YAML syntax error"));
        }

        @Test
        void translationWithADifferentId() {
            List<Problem> problems = TestPackage.valid()
                    .file("units/01-intro.fr.md", "---\nid: introduction\ntitle: Introduction\n---\nTexte.\n")
                    .problems();

            assertThat(problems).singleElement().satisfies(problem("units/01-intro.fr.md", 2,
                    "The translation's id 'introduction' differs from the unit's id 'intro'"));
        }

        @Test
        void translationWithoutTitle() {
            List<Problem> problems = TestPackage.valid()
                    .file("units/01-intro.es.md", "---\nid: intro\n---\nTexto.\n")
                    .problems();

            assertThat(problems).singleElement().satisfies(problem("units/01-intro.es.md", 2,
                    "The required field 'title' is missing"));
        }

        @Test
        void translationWithAUnitOnlyField() {
            List<Problem> problems = TestPackage.valid()
                    .file("units/01-intro.pt.md", "---\ntitle: Introdução\nminutes: 5\n---\nTexto.\n")
                    .problems();

            assertThat(problems).singleElement().satisfies(problem("units/01-intro.pt.md", 3,
                    "Unknown field 'minutes' in a translation's front matter"));
        }
    }

    @Nested
    @DisplayName("quiz.yaml")
    class Quiz {

        @Test
        void duplicateQuestionId() {
            String quiz = QUIZ + """
                      - id: q-annex
                        type: truefalse
                        prompt: Annex IX lists wastes presumed not hazardous.
                        answer: true
                        tags: [annex:Basel-IX]
                    """;

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 11, "The question id 'q-annex' is used twice"));
        }

        @Test
        void duplicateOptionId() {
            String quiz = QUIZ.replace("{id: b, text: Annex IX}", "{id: a, text: Annex IX}");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 8, "The option id 'a' is used twice"));
        }

        @Test
        void singleAnswerNamingNoOption() {
            String quiz = QUIZ.replace("answer: a", "answer: c");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 9, "The answer 'c' names no option"));
        }

        @Test
        void multipleAnswerNamingNoOption() {
            String quiz = MULTIPLE.replace("answer: [a, b]", "answer: [a, z]");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 9, "The answer 'z' names no option"));
        }

        @Test
        void unknownQuestionType() {
            String quiz = QUIZ.replace("type: single", "type: essay");

            List<Problem> problems = TestPackage.valid().quiz(quiz).problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("quiz.yaml", 3, "Unknown question type 'essay'"));
            assertThat(problems.get(0).hint(ENGLISH)).contains("single", "truefalse", "inspection");
        }

        @Test
        void fieldOfAnotherQuestionType() {
            String quiz = QUIZ + "    tolerance: 1\n";

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 11, "Unknown field 'tolerance' in a single question"));
        }

        @Test
        void unknownTopLevelField() {
            String quiz = QUIZ + "question: []\n";

            List<Problem> problems = TestPackage.valid().quiz(quiz).problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("quiz.yaml", 11, "Unknown field 'question' in quiz.yaml"));
            assertThat(problems.get(0).hint(ENGLISH)).isEqualTo("did you mean 'questions'?");
        }

        @Test
        void questionNamingAnUnknownUnit() {
            String quiz = QUIZ.replace("unit: intro", "unit: scope");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 4, "The question names unit 'scope'"));
        }

        @Test
        void missingPrompt() {
            String quiz = QUIZ.replace("    prompt: Which annex lists wastes presumed hazardous?\n", "");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 2, "The required field 'prompt' is missing"));
        }

        @Test
        void choiceQuestionWithOneOption() {
            String quiz = QUIZ.replace("      - {id: b, text: Annex IX}\n", "");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 7, "A choice question needs at least two options"));
        }

        @Test
        void zeroPoints() {
            String quiz = QUIZ + "    points: 0\n";

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 11, "'points' must be more than 0"));
        }

        @Test
        void tagsWithAnUnknownPrefixAndABadHsCode() {
            String quiz = QUIZ.replace("tags: [annex:Basel-VIII]", "tags: [annex:Basel-VIII, cites:II, hs:85.49]");

            List<Problem> problems = TestPackage.valid().quiz(quiz).problems();

            assertThat(problems).satisfiesExactlyInAnyOrder(
                    problem("quiz.yaml", 10, "The tag 'cites:II' has no known prefix"),
                    problem("quiz.yaml", 10, "The HS tag 'hs:85.49' is not 2 to 10 digits"));
        }

        @Test
        void tagWithoutPrefixOrValue() {
            String quiz = QUIZ.replace("tags: [annex:Basel-VIII]", "tags: [Basel-VIII, 'topic:']");

            assertThat(TestPackage.valid().quiz(quiz).problems()).satisfiesExactlyInAnyOrder(
                    problem("quiz.yaml", 10, "The tag 'Basel-VIII' has no known prefix"),
                    problem("quiz.yaml", 10, "The tag 'topic:' has no known prefix"));
        }

        @Test
        void questionWithoutTags() {
            String quiz = QUIZ.replace("    tags: [annex:Basel-VIII]\n", "");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 2, "The required field 'tags' is missing"));
        }

        @Test
        void yamlSyntaxErrorHasItsLine() {
            String quiz = QUIZ.replace("prompt: Which annex lists wastes presumed hazardous?",
                    "prompt: Which annex: VIII or IX?");

            List<Problem> problems = TestPackage.valid().quiz(quiz).problems();

            assertThat(problems).singleElement().satisfies(problem("quiz.yaml", 5, "YAML syntax error"));
            assertThat(problems.get(0).hint(ENGLISH)).contains("quote text that contains ': '");
        }

        @Test
        void trueFalseAnswerThatIsNotABoolean() {
            String quiz = """
                    questions:
                      - id: q-tf
                        type: truefalse
                        prompt: Annex IX lists wastes presumed not hazardous.
                        answer: yes
                        tags: [annex:Basel-IX]
                    """;

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 5, "'answer' must be true or false, not 'yes'"));
        }

        @Test
        void matchingWithOnePair() {
            String quiz = """
                    questions:
                      - id: q-match
                        type: matching
                        prompt: Match each entry with its annex.
                        pairs:
                          - {id: p1, left: A1181, right: Annex VIII}
                        distractors: [Annex II]
                        tags: [annex:Basel-II]
                    """;

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 6, "A matching question needs at least two pairs"));
        }

        @Test
        void duplicatePairId() {
            String quiz = """
                    questions:
                      - id: q-match
                        type: matching
                        prompt: Match each entry with its annex.
                        pairs:
                          - {id: p1, left: A1181, right: Annex VIII}
                          - {id: p1, left: Y49, right: Annex II}
                        tags: [annex:Basel-II]
                    """;

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 7, "The pair id 'p1' is used twice"));
        }

        @Test
        void shortAnswerWithoutEnglish() {
            String quiz = """
                    questions:
                      - id: q-short
                        type: short
                        prompt: Which document travels with the waste?
                        answer: {fr: [document de mouvement]}
                        tags: [topic:documents]
                    """;

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 5, "The short answer has no accepted English answer"));
        }

        @Test
        void numericWithNegativeToleranceAndTextAnswer() {
            String quiz = """
                    questions:
                      - id: q-days
                        type: numeric
                        prompt: How many days?
                        answer: sixty
                        tolerance: -1
                        tags: [article:Basel-6]
                    """;

            assertThat(TestPackage.valid().quiz(quiz).problems()).satisfiesExactly(
                    problem("quiz.yaml", 5, "'answer' must be a number, not 'sixty'"),
                    problem("quiz.yaml", 6, "'tolerance' cannot be negative"));
        }

        @Test
        void orderingWithOneItem() {
            String quiz = """
                    questions:
                      - id: q-order
                        type: ordering
                        prompt: Put the stages in order.
                        items:
                          - {id: notify, text: Notification}
                        tags: [topic:procedure]
                    """;

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 6, "An ordering question needs at least two items"));
        }
    }

    @Nested
    @DisplayName("multiple-choice fractions")
    class Fractions {

        @Test
        void positiveFractionsNotAddingUpToOne() {
            String quiz = MULTIPLE
                    .replace("{id: a, text: The movement document}", "{id: a, text: The movement document, fraction: 0.5}")
                    .replace("{id: b, text: The written consent}", "{id: b, text: The written consent, fraction: 0.25}")
                    .replace("{id: c, text: A CITES permit}", "{id: c, text: A CITES permit, fraction: -1}");

            List<Problem> problems = TestPackage.valid().quiz(quiz).problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("quiz.yaml", 2, "The positive fractions add up to 0.75, not 1"));
        }

        @Test
        void fractionOnSomeOptionsOnly() {
            String quiz = MULTIPLE.replace("{id: a, text: The movement document}",
                    "{id: a, text: The movement document, fraction: 1}");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 2, "Option 'b' has no fraction while others have one"));
        }

        @Test
        void fractionOutsideMinusOneToOne() {
            String quiz = MULTIPLE
                    .replace("{id: a, text: The movement document}", "{id: a, text: The movement document, fraction: 0.5}")
                    .replace("{id: b, text: The written consent}", "{id: b, text: The written consent, fraction: 0.5}")
                    .replace("{id: c, text: A CITES permit}", "{id: c, text: A CITES permit, fraction: -2}");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 2, "Option 'c' has fraction -2.0, outside -1 to 1"));
        }

        @Test
        void fractionContradictingTheAnswer() {
            String quiz = MULTIPLE
                    .replace("{id: a, text: The movement document}", "{id: a, text: The movement document, fraction: 0.5}")
                    .replace("{id: b, text: The written consent}", "{id: b, text: The written consent, fraction: 0}")
                    .replace("{id: c, text: A CITES permit}", "{id: c, text: A CITES permit, fraction: 0.5}");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 2, "Option 'b' is in 'answer' but its fraction is 0.0"));
        }
    }

    @Nested
    @DisplayName("inspection questions")
    class Inspection {

        @Test
        void inspectionWithoutDecision() {
            String quiz = INSPECTION.replace("    decision: detain\n", "");

            List<Problem> problems = TestPackage.valid().quiz(quiz).problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("quiz.yaml", 2, "The inspection has no decision"));
            assertThat(problems.get(0).hint(ENGLISH)).contains("release, detain or refer");
        }

        @Test
        void unknownDecision() {
            String quiz = INSPECTION.replace("decision: detain", "decision: seize");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 11, "'seize' is not a valid decision"));
        }

        @Test
        void weightsNotAddingUpToOne() {
            String quiz = INSPECTION.replace("    tags:", "    weights: {decision: 0.7, redFlags: 0.7}\n    tags:");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 15, "The weights must be zero or more and add up to 1"));
        }

        @Test
        void negativeWeight() {
            String quiz = INSPECTION.replace("    tags:", "    weights: {decision: 1.5, redFlags: -0.5}\n    tags:");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 15, "The weights must be zero or more"));
        }

        @Test
        void unknownDecisionInDecisionFeedback() {
            String quiz = INSPECTION.replace("    tags:", "    decisionFeedback:\n      seize: No.\n    tags:");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 16, "'seize' is not a decision"));
        }

        @Test
        void redFlagWithoutFlagAndDuplicateRedFlagId() {
            String quiz = INSPECTION.replace("{id: invoice-present, text: An invoice is attached, flag: false}",
                    "{id: untested, text: An invoice is attached}");

            assertThat(TestPackage.valid().quiz(quiz).problems()).satisfiesExactlyInAnyOrder(
                    problem("quiz.yaml", 14, "The red flag has no 'flag' field"),
                    problem("quiz.yaml", 14, "The red flag id 'untested' is used twice"));
        }

        @Test
        void unknownDocumentKindAndDuplicateDocumentId() {
            String quiz = INSPECTION.replace("    decision: detain\n", """
                          - id: invoice
                            kind: receipt
                            title: A second invoice
                            note: Handwritten.
                        decision: detain
                    """);

            assertThat(TestPackage.valid().quiz(quiz).problems()).satisfiesExactly(
                    problem("quiz.yaml", 11, "The document id 'invoice' is used twice"),
                    problem("quiz.yaml", 12, "Unknown document kind 'receipt'"));
        }

        @Test
        void documentShowingNothing() {
            String quiz = INSPECTION.replace("        fields:\n          - {label: Goods, value: Used monitors}\n", "");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 6, "The document shows nothing"));
        }

        @Test
        void caseFileImageThatDoesNotExist() {
            String quiz = INSPECTION.replace("        fields:\n", "        image: media/missing.png\n        fields:\n");

            assertThat(TestPackage.valid().quiz(quiz).problems()).singleElement()
                    .satisfies(problem("quiz.yaml", 9, "The image 'media/missing.png' does not exist"));
        }

        @Test
        void caseFileImageThatExists() {
            String quiz = INSPECTION.replace("        fields:\n", "        image: media/label.png\n        fields:\n");

            assertThatNoException().isThrownBy(TestPackage.valid()
                    .quiz(quiz).file("media/label.png", TestPackage.png())::parse);
        }
    }

    @Nested
    @DisplayName("media")
    class Media {

        @Test
        void imageReferencedButAbsent() {
            String unit = UNIT + "\n![Flow](../media/flow.png)\n";

            List<Problem> problems = TestPackage.valid().file(INTRO, unit).problems();

            assertThat(problems).singleElement().satisfies(problem(INTRO, 9,
                    "The image '../media/flow.png' does not exist (looked for media/flow.png)"));
        }

        @Test
        void imageReferencedButAbsentInATranslation() {
            String translation = "---\ntitle: Introduction\n---\nTexte.\n\n![Flux](../media/flux.png)\n";

            List<Problem> problems = TestPackage.valid().file("units/01-intro.fr.md", translation).problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("units/01-intro.fr.md", 6, "The image '../media/flux.png' does not exist"));
        }

        @Test
        void imageNamesAreCaseSensitive() {
            String unit = UNIT + "![Flow](../media/Flow.png)\n";

            List<Problem> problems = TestPackage.valid().file(INTRO, unit).file("media/flow.png", TestPackage.png())
                    .problems();

            assertThat(problems).singleElement()
                    .satisfies(problem(INTRO, 8, "The image '../media/Flow.png' does not exist"));
        }

        @Test
        void existingImagesAreAccepted() {
            String unit = UNIT + "\n![Flow](../media/flow.png) and ![Remote](https://example.org/map.png)\n";

            PackageContent content = TestPackage.valid().file(INTRO, unit).file("media/flow.png", TestPackage.png())
                    .parse();

            assertThat(content.media()).containsOnlyKeys("media/flow.png");
        }

        @Test
        void imageNamesMayContainSpaces() {
            String unit = UNIT + "\n![Flow](<../media/e waste flow.png>) ![Again](../media/e%20waste%20flow.png)\n";

            PackageContent content = TestPackage.valid().file(INTRO, unit)
                    .file("media/e waste flow.png", TestPackage.png())
                    .parse();

            assertThat(content.media()).containsOnlyKeys("media/e waste flow.png");
        }

        @Test
        void missingImageWithASpaceInItsName() {
            String unit = UNIT + "\n![Flow](<../media/e waste flow.png>)\n";

            assertThat(TestPackage.valid().file(INTRO, unit).problems()).singleElement()
                    .satisfies(problem(INTRO, 9, "does not exist (looked for media/e waste flow.png)"));
        }

        @Test
        void svgInMediaIsRefused() {
            List<Problem> problems = TestPackage.valid()
                    .file("media/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
                    .problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("media/x.svg", null, "SVG images are not allowed"));
        }

        @Test
        void referenceToAnSvgIsRefusedToo() {
            String unit = UNIT + "\n![Diagram](../media/x.svg)\n";

            List<Problem> problems = TestPackage.valid().file(INTRO, unit).file("media/x.svg", "<svg/>").problems();

            assertThat(problems).satisfiesExactly(
                    problem("media/x.svg", null, "SVG images are not allowed"),
                    problem(INTRO, 9, "The image '../media/x.svg' is of a type that is not allowed"));
        }

        @Test
        void pngWhoseBytesAreNotPng() {
            byte[] gif = "GIF89a not really a png".getBytes(StandardCharsets.US_ASCII);

            List<Problem> problems = TestPackage.valid().file("media/flow.png", gif).problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("media/flow.png", null, "The file's content is not a PNG image"));
        }

        @Test
        void jpegWhoseBytesArePng() {
            assertThat(TestPackage.valid().file("media/photo.jpg", TestPackage.png()).problems()).singleElement()
                    .satisfies(problem("media/photo.jpg", null, "The file's content is not a JPG image"));
        }

        @Test
        void jpegAndWebpWithTheirSignaturesAreAccepted() {
            byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
            byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);

            PackageContent content = TestPackage.valid()
                    .file("media/photo.jpeg", jpeg)
                    .file("media/photo.JPG", jpeg)
                    .file("media/scan.webp", webp)
                    .parse();

            assertThat(content.media().values())
                    .extracting(PackageContent.Media::path, PackageContent.Media::contentType)
                    .containsExactly(
                            tuple("media/photo.JPG", "image/jpeg"),
                            tuple("media/photo.jpeg", "image/jpeg"),
                            tuple("media/scan.webp", "image/webp"));
        }

        @Test
        void imageOverTwoMegabytes() {
            byte[] big = TestPackage.png(2 * 1024 * 1024 + 1);

            List<Problem> problems = TestPackage.valid().file("media/big.png", big).problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("media/big.png", null, "at most 2048 KB is allowed"));
        }

        @Test
        void imageOfExactlyTwoMegabytesIsAccepted() {
            byte[] limit = TestPackage.png(2 * 1024 * 1024);

            assertThat(TestPackage.valid().file("media/big.png", limit).parse().media()).containsKey("media/big.png");
        }

        @Test
        void dataUrlImage() {
            String unit = UNIT + "![Pixel](data:image/png;base64,iVBORw0KGgo=)\n";

            assertThat(TestPackage.valid().file(INTRO, unit).problems()).singleElement()
                    .satisfies(problem(INTRO, 8, "uses data:"));
        }

        @Test
        void imageOutsideTheMediaFolder() {
            String unit = UNIT + "![Diagram](diagram.png)\n";

            assertThat(TestPackage.valid().file(INTRO, unit).problems()).singleElement()
                    .satisfies(problem(INTRO, 8, "The image 'diagram.png' is not in the package's media/ folder"));
        }
    }

    @Nested
    @DisplayName("text encoding")
    class Encoding {

        @Test
        void moduleYamlInLatin1() {
            String module = MODULE.replace("title: Mini module", "title: Convention de Bâle");

            List<Problem> problems = TestPackage.valid()
                    .file("module.yaml", module.getBytes(StandardCharsets.ISO_8859_1))
                    .problems();

            assertThat(problems).singleElement().satisfies(problem("module.yaml", 5, "The file is not UTF-8 text"));
            assertThat(problems.get(0).hint(ENGLISH)).contains("save it as UTF-8");
        }

        @Test
        void translationInLatin1() {
            String translation = "---\ntitle: Introduction\n---\nLa Convention\nde Bâle.\n";

            List<Problem> problems = TestPackage.valid()
                    .file("units/01-intro.fr.md", translation.getBytes(StandardCharsets.ISO_8859_1))
                    .problems();

            assertThat(problems).singleElement()
                    .satisfies(problem("units/01-intro.fr.md", 5, "The file is not UTF-8 text"));
        }

        @Test
        void quizInWindows1252() {
            String quiz = QUIZ.replace("Annex IX}", "Annex IX \u2013 List B}");

            List<Problem> problems = TestPackage.valid()
                    .file("quiz.yaml", quiz.getBytes(Charset.forName("windows-1252")))
                    .problems();

            assertThat(problems).singleElement().satisfies(problem("quiz.yaml", 8, "The file is not UTF-8 text"));
        }
    }

    @Nested
    @DisplayName("a package with several problems")
    class SeveralProblems {

        @Test
        void reportsThemAllAtOnceSortedByFileAndLine() {
            String module = MODULE.replace("conventions: [BASEL]", "conventions: [BASEL, BASLE]") + "pasMark: 80\n";
            String unit = UNIT.replace("[S1]", "[S1, S9]") + "\n![Flow](../media/flow.png)\n";
            String quiz = QUIZ.replace("type: single", "type: essay");

            InvalidPackageException refused = catchThrowableOfType(InvalidPackageException.class, TestPackage.valid()
                    .module(module)
                    .file(INTRO, unit)
                    .quiz(quiz)
                    .file("media/x.svg", "<svg/>")
                    .file("notes.txt", "to do")
                    .file("units/02-extra.md", UNIT)
                    ::parse);

            assertThat(refused.problems())
                    .extracting(Problem::file, Problem::line)
                    .containsExactly(
                            tuple("media/x.svg", null),
                            tuple("module.yaml", 4),
                            tuple("module.yaml", 11),
                            tuple("notes.txt", null),
                            tuple("quiz.yaml", 3),
                            tuple(INTRO, 5),
                            tuple(INTRO, 9),
                            tuple("units/02-extra.md", null));
            assertThat(refused.problems()).satisfiesExactly(
                    problem("media/x.svg", null, "SVG images are not allowed"),
                    problem("module.yaml", 4, "Unknown convention 'BASLE'"),
                    problem("module.yaml", 11, "Unknown field 'pasMark'"),
                    problem("notes.txt", null, "Unexpected file"),
                    problem("quiz.yaml", 3, "Unknown question type 'essay'"),
                    problem(INTRO, 5, "cites source 'S9'"),
                    problem(INTRO, 9, "The image '../media/flow.png' does not exist"),
                    problem("units/02-extra.md", null, "not listed"));
            assertThat(refused.packageName()).isEqualTo("mini-module");
            assertThat(refused.getMessage())
                    .startsWith("Package mini-module has 8 problem(s):")
                    .contains("module.yaml:11: Unknown field 'pasMark' in module.yaml (did you mean 'passMark'?)");
            assertThat(refused.httpStatus()).isEqualTo(422);
        }

        @Test
        void reportsProblemsInEveryFileEvenWhenModuleYamlIsBroken() {
            String quiz = QUIZ.replace("answer: a", "answer: c");

            List<Problem> problems = TestPackage.valid()
                    .module("format: 1\nid: [broken\n")
                    .quiz(quiz)
                    .file("media/x.svg", "<svg/>")
                    .problems();

            assertThat(problems).extracting(Problem::file)
                    .containsExactly("media/x.svg", "module.yaml", "quiz.yaml");
            assertThat(problems.get(1).message(ENGLISH)).startsWith("YAML syntax error");
            assertThat(problems.get(2).message(ENGLISH)).contains("The answer 'c' names no option");
        }

        @Test
        void everyProblemHasAHint() {
            String module = MODULE + "passMark: 150\nattempts: many\n";
            String quiz = """
                    questions:
                      - id: q-tf
                        type: truefalse
                        prompt: Annex IX lists wastes presumed not hazardous.
                        answer: yes
                        points: 0
                        tags: [annex:Basel-IX, '']
                      - id: q-single
                        type: single
                        prompt: Which annex?
                        options:
                          - {id: a, text: Annex VIII}
                        answer: a
                        tags: [annex:Basel-VIII]
                      - id: q-short
                        type: short
                        prompt: Which document?
                        answer: [movement document, {en: x}]
                        tags: [topic:documents]
                      - id: q-match
                        type: matching
                        prompt: Match.
                        pairs:
                          - {id: p1, left: A1181, right: Annex VIII}
                          - {id: p1, left: Y49, right: Annex II}
                        tags: [annex:Basel-II]
                      - id: q-numeric
                        type: numeric
                        prompt: How many days?
                        answer: 1e400
                        unitLabel: ""
                        tags: [article:Basel-6]
                    """;

            List<Problem> problems = TestPackage.valid()
                    .module(module.replace("https://www.basel.int", "www.basel.int"))
                    .quiz(quiz)
                    .problems();

            assertThat(problems).hasSizeGreaterThanOrEqualTo(10)
                    .allSatisfy(p -> assertThat(p.hint(ENGLISH)).as("hint of %s", p).isNotBlank());
        }
    }
}
