package org.greencustoms.elearning.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.greencustoms.elearning.assessment.entity.Choice;
import org.greencustoms.elearning.assessment.entity.LocalizedText;
import org.greencustoms.elearning.assessment.entity.QuestionBody;
import org.greencustoms.elearning.assessment.entity.QuestionDefinition;

/**
 * The rules a question must follow however it was read (quiz.yaml, GIFT, Moodle XML): enough options, a key, fractions
 * that add up, tags with a known prefix... Each broken rule names the field at fault as quiz.yaml spells it, so that
 * a reader can point at the line it read that field from.
 */
public final class QuestionRules {

    public static final Set<String> TAG_PREFIXES = Set.of("annex", "appendix", "schedule", "article", "hs", "topic");
    public static final int MAX_TAG = 100;
    private static final Pattern HS_CODE = Pattern.compile("\\d{2,10}");
    private static final double SLACK = 0.001;

    /** One broken rule; {@code field} is null when the question as a whole is at fault. */
    public record Violation(String field, String message, String hint) {
    }

    private QuestionRules() {
    }

    public static List<Violation> check(QuestionDefinition question) {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(points(question.points()));
        violations.addAll(texts(question));
        violations.addAll(tags(question.tags()));
        violations.addAll(body(question.body()));
        return violations;
    }

    static List<Violation> points(double points) {
        return points > 0 ? List.of() : List.of(new Violation("points", "'points' must be more than 0",
                "leave it out for the default: 1, or 4 for an inspection"));
    }

    static List<Violation> tags(List<String> tags) {
        List<Violation> violations = new ArrayList<>();
        if (tags.isEmpty()) {
            violations.add(new Violation("tags", "The question has no tags",
                    "tag what it tests, such as annex:Basel-VIII or hs:8549"));
        }
        for (String tag : tags) {
            int colon = tag.indexOf(':');
            String prefix = colon < 0 ? "" : tag.substring(0, colon);
            if (tag.length() > MAX_TAG) {
                violations.add(new Violation("tags", "'tags' is " + tag.length() + " characters long; at most "
                        + MAX_TAG + " are allowed", "shorten it"));
            } else if (!TAG_PREFIXES.contains(prefix) || colon == tag.length() - 1) {
                violations.add(new Violation("tags", "The tag '" + tag + "' has no known prefix",
                        "start it with one of " + String.join(":, ", TAG_PREFIXES.stream().sorted().toList()) + ":"));
            } else if (prefix.equals("hs") && !HS_CODE.matcher(tag.substring(3)).matches()) {
                violations.add(new Violation("tags", "The HS tag '" + tag + "' is not 2 to 10 digits",
                        "write the heading or subheading without dots, such as hs:854911"));
            }
        }
        return violations;
    }

    static List<Violation> tolerance(double tolerance) {
        return tolerance >= 0 ? List.of()
                : List.of(new Violation("tolerance", "'tolerance' cannot be negative", "write 0 for an exact answer"));
    }

    static List<Violation> body(QuestionBody body) {
        if (body instanceof QuestionBody.SingleChoice single) {
            return singleChoice(single.options());
        }
        if (body instanceof QuestionBody.MultipleChoice multiple) {
            return multipleChoice(multiple.options());
        }
        if (body instanceof QuestionBody.Matching matching && matching.pairs().size() < 2) {
            return List.of(new Violation("pairs", "A matching question needs at least two pairs",
                    "add a pair; distractors do not count as pairs"));
        }
        if (body instanceof QuestionBody.ShortAnswer shortAnswer
                && shortAnswer.accepted().values().stream().allMatch(List::isEmpty)) {
            return List.of(new Violation("answer", "The short answer has no accepted answer",
                    "list at least one, such as answer: [Basel, Basel Convention]"));
        }
        if (body instanceof QuestionBody.Numeric numeric) {
            return tolerance(numeric.tolerance());
        }
        if (body instanceof QuestionBody.Ordering ordering && ordering.items().size() < 2) {
            return List.of(new Violation("items", "An ordering question needs at least two items",
                    "add an item; items are written in the right order"));
        }
        if (body instanceof QuestionBody.Inspection inspection) {
            return inspection(inspection);
        }
        return List.of();
    }

    private static List<Violation> singleChoice(List<Choice> options) {
        if (options.size() < 2) {
            return List.of(tooFewOptions());
        }
        long right = options.stream().filter(Choice::correct).count();
        if (right != 1) {
            return List.of(new Violation("answer", "A single-choice question needs exactly one right option, not "
                    + right, "mark one option as the answer; for several right options use type multiple"));
        }
        return List.of();
    }

    private static List<Violation> multipleChoice(List<Choice> options) {
        List<Violation> violations = new ArrayList<>();
        if (options.size() < 2) {
            violations.add(tooFewOptions());
        }
        if (options.stream().noneMatch(Choice::correct)) {
            violations.add(new Violation("answer", "No option is in the answer", "put the right options in 'answer'"));
        }
        if (options.stream().anyMatch(c -> c.fraction() != null)) {
            fractions(options).ifPresent(violations::add);
        }
        return violations;
    }

    private static Violation tooFewOptions() {
        return new Violation("options", "A choice question needs at least two options",
                "add an option; for a statement that is right or wrong use type truefalse");
    }

    /** Moodle's rule for multiple answers: each fraction within -1..1, the positive ones adding up to exactly 1. */
    private static Optional<Violation> fractions(List<Choice> options) {
        double positive = 0;
        for (Choice choice : options) {
            if (choice.fraction() == null) {
                return Optional.of(new Violation(null, "Option '" + choice.id()
                        + "' has no fraction while others have one", "give every option a fraction, or none"));
            }
            if (choice.fraction() < -1 || choice.fraction() > 1) {
                return Optional.of(new Violation(null, "Option '" + choice.id() + "' has fraction "
                        + choice.fraction() + ", outside -1 to 1",
                        "use -1 to 1: the share of the points the option gives, or takes away if negative"));
            }
            if (choice.correct() != choice.fraction() > 0) {
                return Optional.of(new Violation(null, "Option '" + choice.id() + "' is "
                        + (choice.correct() ? "" : "not ") + "in 'answer' but its fraction is " + choice.fraction(),
                        "options in 'answer' have a positive fraction, the others zero or negative"));
            }
            positive += Math.max(0, choice.fraction());
        }
        if (Math.abs(positive - 1) > SLACK) {
            return Optional.of(new Violation(null, "The positive fractions add up to " + positive
                    + ", not 1", "for example 0.5 and 0.5 for two right options, or 0.33333 each for three"));
        }
        return Optional.empty();
    }

    private static List<Violation> inspection(QuestionBody.Inspection inspection) {
        List<Violation> violations = new ArrayList<>();
        if (inspection.caseFile().isEmpty()) {
            violations.add(new Violation("caseFile", "The inspection has no case file",
                    "add at least one document, such as the invoice"));
        }
        if (inspection.redFlags().isEmpty()) {
            violations.add(new Violation("redFlags", "The inspection has no red flags to tick",
                    "list what the officer may notice, each with flag: true or false"));
        }
        if (inspection.decision() == null) {
            violations.add(new Violation("decision", "The inspection has no decision",
                    "write decision: release, detain or refer"));
        }
        if (inspection.decisionWeight() < 0 || inspection.decisionWeight() > 1) {
            violations.add(new Violation("weights", "The weights must be zero or more and add up to 1",
                    "for example {decision: 0.5, redFlags: 0.5}"));
        }
        return violations;
    }

    private static List<Violation> texts(QuestionDefinition question) {
        List<Violation> violations = new ArrayList<>();
        if (question.prompt() == null || question.prompt().values().values().stream().allMatch(String::isBlank)) {
            violations.add(new Violation("prompt", "The question has no prompt", "write what the learner must answer"));
        }
        tooLong("prompt", question.prompt(), violations);
        tooLong("feedback", question.feedback(), violations);
        tooLong("explanation", question.explanation(), violations);
        return violations;
    }

    private static void tooLong(String field, LocalizedText text, List<Violation> violations) {
        if (text == null) {
            return;
        }
        text.values().forEach((language, value) -> {
            if (value.length() > YamlMap.MAX_TEXT) {
                violations.add(new Violation(field, "The " + language + " text of '" + field + "' is "
                        + value.length() + " characters long; at most " + YamlMap.MAX_TEXT + " are allowed",
                        "shorten it"));
            }
        });
    }
}
