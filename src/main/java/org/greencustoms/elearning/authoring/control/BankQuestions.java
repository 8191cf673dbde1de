package org.greencustoms.elearning.authoring.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.greencustoms.elearning.assessment.entity.Choice;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.assessment.entity.MatchPair;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;
import org.greencustoms.elearning.authoring.control.MoodleQuestion.Answer;
import org.greencustoms.elearning.authoring.control.MoodleQuestion.FormattedText;
import org.greencustoms.elearning.authoring.control.MoodleQuestion.Subquestion;
import org.greencustoms.elearning.authoring.control.MoodleQuestion.Unit;
import org.greencustoms.elearning.content.control.QuestionRules;

/**
 * Turns the questions of a bank, in file order, into question definitions: Moodle's grade check first, then the
 * mapping of each type, then the package rules. A question that cannot be imported faithfully is reported and left
 * out; one that loses a part (an answer, a unit, a feedback) is imported and the loss reported.
 */
final class BankQuestions {

    static final String DEFAULT_TAG = "topic:imported";
    private static final Set<String> GRADED = Set.of("multichoice", "shortanswer", "numerical");
    private static final Set<String> SUPPORTED = Set.of("multichoice", "truefalse", "shortanswer", "matching",
            "numerical");
    private static final double FULL = 1 - 1e-9;

    private final BankProblems problems;
    private final Slugs ids;
    private final List<QuestionDefinition> imported = new ArrayList<>();
    /** What the current question loses; reported only if it is imported, as nothing is lost otherwise. */
    private final List<Consumer<BankProblems>> losses = new ArrayList<>();
    private int position;
    private Position at;

    BankQuestions(BankProblems problems, Set<String> idsInUse) {
        this.problems = problems;
        this.ids = new Slugs(idsInUse);
    }

    /** How many questions the file has had so far, imported or not. */
    int count() {
        return position;
    }

    /** Counts a question the reader could not read (and reported), so that the next ones keep their position. */
    void skip() {
        position++;
    }

    List<QuestionDefinition> imported() {
        return imported;
    }

    /** Imports the question as read under {@code category} (a Moodle category path, or null). */
    void add(MoodleQuestion question, String category) {
        position++;
        losses.clear();
        String prompt = MoodleText.plain(question.text()).text();
        String name = displayName(question, prompt);
        at = new Position(question.line(), position, name);
        if (!SUPPORTED.contains(question.type())) {
            problems.unsupported(at.line(), at.position(), name, question.type());
            return;
        }
        if (GRADED.contains(question.type()) && !gradesValid(question.answers())) {
            return;
        }
        question.leftOut().forEach(part -> lose(p -> p.leftOut(at.line(), at.position(), name, part)));
        Optional<QuestionBody> body = body(question);
        if (body.isEmpty()) {
            return;
        }
        reportMedia(question.text());
        LocalizedText explanation = optionalText(question.generalFeedback());
        QuestionDefinition draft = new QuestionDefinition(Slugs.slug(name, Slugs.MAX_ID), null,
                question.defaultGrade(), prompt.isEmpty() ? null : LocalizedText.english(prompt), null, explanation,
                tags(question.tags(), category), body.get());
        List<QuestionRules.Violation> violations = QuestionRules.check(draft);
        if (!violations.isEmpty()) {
            problems.notImported(at.line(), at.position(), name, violations);
        } else {
            String base = question.idNumber() == null || question.idNumber().isBlank() ? name : question.idNumber();
            imported.add(new QuestionDefinition(ids.unique(base, "question"), null, draft.points(), draft.prompt(),
                    null, draft.explanation(), draft.tags(), draft.body()));
            losses.forEach(loss -> loss.accept(problems));
        }
    }

    private static String displayName(MoodleQuestion question, String prompt) {
        String name = MoodleText.name(question.name());
        if (!name.isEmpty()) {
            return name;
        }
        String firstLine = prompt.lines().findFirst().orElse("");
        return firstLine.length() > 80 ? firstLine.substring(0, 80) : firstLine;
    }

    private boolean gradesValid(List<Answer> answers) {
        List<String> invalid = answers.stream().map(Answer::percent)
                .filter(percent -> fractionOf(percent).flatMap(MoodleGrades::match).isEmpty())
                .map(percent -> percent + "%").toList();
        if (!invalid.isEmpty()) {
            problems.invalidGrades(at.line(), at.position(), at.name(), invalid);
        }
        return invalid.isEmpty();
    }

    private static Optional<Double> fractionOf(String percent) {
        try {
            double value = Double.parseDouble(percent.strip()) / 100;
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The Moodle grade the answer gives, once {@link #gradesValid} accepted it. */
    private static double fraction(Answer answer) {
        return fractionOf(answer.percent()).flatMap(MoodleGrades::match).orElse(0.0);
    }

    private Optional<QuestionBody> body(MoodleQuestion question) {
        return switch (question.type()) {
            case "multichoice" -> Optional.of(question.single() ? singleChoice(question.answers())
                    : multipleChoice(question.answers()));
            case "truefalse" -> trueFalse(question.answers());
            case "shortanswer" -> Optional.of(shortAnswer(question));
            case "matching" -> Optional.of(matching(question.subquestions()));
            default -> numeric(question);
        };
    }

    private QuestionBody singleChoice(List<Answer> given) {
        List<Answer> answers = optionsWithText(given);
        boolean partialCredit = answers.stream().map(BankQuestions::fraction).anyMatch(f -> f != 0 && f < FULL);
        List<Choice> options = new ArrayList<>();
        for (Answer answer : answers) {
            double fraction = fraction(answer);
            String id = optionId(options.size());
            if (fraction != 0 && fraction < FULL) {
                String text = optionText(answer.text()).in("en");
                lose(p -> p.singlePartialCredit(at.line(), at.position(), at.name(), text, answer.percent()));
            }
            options.add(new Choice(id, optionText(answer.text()), optionalText(answer.feedback()),
                    fraction >= FULL, partialCredit ? fraction : null));
        }
        return new QuestionBody.SingleChoice(options);
    }

    /**
     * Fractions are kept unless they are what the platform computes without them (each right option 1/k, each wrong
     * one -1/k), so that a quiz exported to Moodle comes back as it was.
     */
    private QuestionBody multipleChoice(List<Answer> given) {
        List<Answer> answers = optionsWithText(given);
        long right = answers.stream().filter(answer -> fraction(answer) > 0).count();
        boolean implied = right > 0 && answers.stream().map(BankQuestions::fraction)
                .allMatch(f -> Math.abs(Math.abs(f) - 1.0 / right) < 0.00001);
        List<Choice> options = new ArrayList<>();
        for (Answer answer : answers) {
            double fraction = fraction(answer);
            options.add(new Choice(optionId(options.size()), optionText(answer.text()),
                    optionalText(answer.feedback()), fraction > 0, implied ? null : fraction));
        }
        return new QuestionBody.MultipleChoice(options);
    }

    private Optional<QuestionBody> trueFalse(List<Answer> answers) {
        Optional<Answer> whenTrue = answers.stream().filter(a -> a.text().text().strip().equals("true")).findFirst();
        Optional<Answer> whenFalse = answers.stream().filter(a -> a.text().text().strip().equals("false")).findFirst();
        if (answers.size() != 2 || whenTrue.isEmpty() || whenFalse.isEmpty()) {
            problems.trueFalseAnswers(at.line(), at.position(), at.name());
            return Optional.empty();
        }
        boolean answer = fractionOf(whenTrue.get().percent()).filter(f -> f >= FULL).isPresent();
        return Optional.of(new QuestionBody.TrueFalse(answer, optionalText(whenTrue.get().feedback()),
                optionalText(whenFalse.get().feedback())));
    }

    private QuestionBody shortAnswer(MoodleQuestion question) {
        List<String> accepted = new ArrayList<>();
        boolean feedbackLeftOut = false;
        for (Answer answer : typedWithText(question.answers())) {
            String text = answer.text().text().strip();
            if (fraction(answer) < FULL) {
                lose(p -> p.answerLeftOut(at.line(), at.position(), at.name(), text, answer.percent()));
            } else if (text.contains("*")) {
                lose(p -> p.wildcard(at.line(), at.position(), at.name(), text));
            } else if (!text.isEmpty()) {
                accepted.add(text);
                feedbackLeftOut |= optionalText(answer.feedback()) != null;
            }
        }
        if (feedbackLeftOut) {
            lose(p -> p.answerFeedbackLeftOut(at.line(), at.position(), at.name()));
        }
        if (question.caseSensitive()) {
            lose(p -> p.caseSensitive(at.line(), at.position(), at.name()));
        }
        return new QuestionBody.ShortAnswer(Map.of("en", accepted));
    }

    private QuestionBody matching(List<Subquestion> subquestions) {
        List<MatchPair> pairs = new ArrayList<>();
        List<LocalizedText> distractors = new ArrayList<>();
        for (Subquestion subquestion : subquestions) {
            String left = optionText(subquestion.text()).in("en");
            String right = subquestion.answer().strip();
            if (left.isEmpty() && !right.isEmpty()) {
                distractors.add(LocalizedText.english(right));
            } else if (!left.isEmpty()) {
                pairs.add(new MatchPair("p" + (pairs.size() + 1), LocalizedText.english(left),
                        LocalizedText.english(right)));
            }
        }
        return new QuestionBody.Matching(pairs, distractors);
    }

    /** The first 100% answer with its tolerance; a numerical question here has one answer. */
    private Optional<QuestionBody> numeric(MoodleQuestion question) {
        Answer right = null;
        for (Answer answer : typedWithText(question.answers())) {
            String text = answer.text().text().strip();
            if (right == null && fraction(answer) >= FULL && !text.equals("*")) {
                right = answer;
            } else {
                lose(p -> p.answerLeftOut(at.line(), at.position(), at.name(), text, answer.percent()));
            }
        }
        if (right == null) {
            problems.noRightAnswer(at.line(), at.position(), at.name());
            return Optional.empty();
        }
        double value;
        try {
            value = Double.parseDouble(right.text().text().strip());
        } catch (NumberFormatException e) {
            problems.notANumber(at.line(), at.position(), at.name(), right.text().text().strip());
            return Optional.empty();
        }
        if (optionalText(right.feedback()) != null) {
            lose(p -> p.answerFeedbackLeftOut(at.line(), at.position(), at.name()));
        }
        String unit = null;
        for (Unit candidate : question.units()) {
            if (unit == null && candidate.multiplier() == 1 && !candidate.name().isBlank()) {
                unit = candidate.name().strip();
            } else {
                lose(p -> p.unitLeftOut(at.line(), at.position(), at.name(), candidate.name()));
            }
        }
        double tolerance = right.tolerance() == null ? 0 : right.tolerance();
        return Optional.of(new QuestionBody.Numeric(value, tolerance, unit,
                unit == null ? null : LocalizedText.english(unit)));
    }

    private List<String> tags(List<String> moodleTags, String category) {
        Set<String> tags = new LinkedHashSet<>();
        categoryTag(category).ifPresent(tags::add);
        for (String tag : moodleTags) {
            String stripped = tag.strip();
            if (QuestionRules.tags(List.of(stripped)).isEmpty()) {
                tags.add(stripped);
            } else {
                topic(stripped).ifPresent(tags::add);
            }
        }
        if (tags.isEmpty()) {
            tags.add(DEFAULT_TAG);
        }
        return List.copyOf(tags);
    }

    /** The category's own name, its last path segment; Moodle's context and "top" segments name no topic. */
    static Optional<String> categoryTag(String category) {
        if (category == null) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : category.split("(?<!/)/(?!/)")) {
            String name = segment.replace("//", "/").strip();
            if (!name.isEmpty() && !name.equals("top") && !name.matches("\\$\\w+\\$")) {
                segments.add(name);
            }
        }
        return segments.isEmpty() ? Optional.empty() : topic(segments.get(segments.size() - 1));
    }

    private static Optional<String> topic(String name) {
        String slug = Slugs.slug(name, QuestionRules.MAX_TAG - "topic:".length());
        return slug.isEmpty() ? Optional.empty() : Optional.of("topic:" + slug);
    }

    private LocalizedText optionText(FormattedText text) {
        reportMedia(text);
        return LocalizedText.english(MoodleText.plain(text).text());
    }

    private LocalizedText optionalText(FormattedText text) {
        reportMedia(text);
        String plain = MoodleText.plain(text).text();
        return plain.isEmpty() ? null : LocalizedText.english(plain);
    }

    private void reportMedia(FormattedText text) {
        MoodleText.plain(text).media()
                .forEach(reference -> lose(p -> p.media(at.line(), at.position(), at.name(), reference)));
    }

    private void lose(Consumer<BankProblems> loss) {
        losses.add(loss);
    }

    /**
     * Moodle saves no answer whose text is blank (the empty rows of its form), so neither does the import. An option
     * that is only an image is blank here too: its image is reported whatever becomes of the question.
     */
    private List<Answer> optionsWithText(List<Answer> answers) {
        List<Answer> withText = new ArrayList<>();
        for (Answer answer : answers) {
            MoodleText.Plain plain = MoodleText.plain(answer.text());
            if (!plain.text().isEmpty()) {
                withText.add(answer);
            } else {
                plain.media().forEach(reference -> problems.media(at.line(), at.position(), at.name(), reference));
            }
        }
        return withText;
    }

    /** Typed answers are compared as written, never read as HTML. */
    private static List<Answer> typedWithText(List<Answer> answers) {
        return answers.stream().filter(answer -> !answer.text().text().isBlank()).toList();
    }

    static String optionId(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "a" + index;
    }

    private record Position(int line, int position, String name) {
    }
}
