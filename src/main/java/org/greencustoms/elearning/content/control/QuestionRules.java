package org.greencustoms.elearning.content.control;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * One broken rule; {@code field} is null when the question as a whole is at fault. {@code key} and {@code args}
     * are a package problem's, see {@link Problem}.
     */
    public record Violation(String field, String key, List<String> args) {

        public Violation {
            args = List.copyOf(args);
        }

        static Violation of(String field, String key, Object... args) {
            return new Violation(field, key, Arrays.stream(args).map(String::valueOf).toList());
        }
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
        return points > 0 ? List.of() : List.of(Violation.of("points", "question.pointsNotPositive"));
    }

    public static List<Violation> tags(List<String> tags) {
        List<Violation> violations = new ArrayList<>();
        if (tags.isEmpty()) {
            violations.add(Violation.of("tags", "question.noTags"));
        }
        for (String tag : tags) {
            int colon = tag.indexOf(':');
            String prefix = colon < 0 ? "" : tag.substring(0, colon);
            if (tag.length() > MAX_TAG) {
                violations.add(Violation.of("tags", "question.tagTooLong", tag.length(), MAX_TAG));
            } else if (!TAG_PREFIXES.contains(prefix) || colon == tag.length() - 1) {
                violations.add(Violation.of("tags", "question.tagPrefix", tag,
                        String.join(":, ", TAG_PREFIXES.stream().sorted().toList()) + ":"));
            } else if (prefix.equals("hs") && !HS_CODE.matcher(tag.substring(3)).matches()) {
                violations.add(Violation.of("tags", "question.hsTag", tag));
            }
        }
        return violations;
    }

    static List<Violation> tolerance(double tolerance) {
        return tolerance >= 0 ? List.of()
                : List.of(Violation.of("tolerance", "question.negativeTolerance"));
    }

    static List<Violation> body(QuestionBody body) {
        if (body instanceof QuestionBody.SingleChoice single) {
            return singleChoice(single.options());
        }
        if (body instanceof QuestionBody.MultipleChoice multiple) {
            return multipleChoice(multiple.options());
        }
        if (body instanceof QuestionBody.Matching matching && matching.pairs().size() < 2) {
            return List.of(Violation.of("pairs", "question.tooFewPairs"));
        }
        if (body instanceof QuestionBody.ShortAnswer shortAnswer
                && shortAnswer.accepted().values().stream().allMatch(List::isEmpty)) {
            return List.of(Violation.of("answer", "question.noAcceptedAnswer"));
        }
        if (body instanceof QuestionBody.Numeric numeric) {
            return tolerance(numeric.tolerance());
        }
        if (body instanceof QuestionBody.Ordering ordering && ordering.items().size() < 2) {
            return List.of(Violation.of("items", "question.tooFewItems"));
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
            return List.of(Violation.of("answer", "question.notOneRightOption", right));
        }
        return List.of();
    }

    private static List<Violation> multipleChoice(List<Choice> options) {
        List<Violation> violations = new ArrayList<>();
        if (options.size() < 2) {
            violations.add(tooFewOptions());
        }
        if (options.stream().noneMatch(Choice::correct)) {
            violations.add(Violation.of("answer", "question.noRightOption"));
        }
        if (options.stream().anyMatch(c -> c.fraction() != null)) {
            fractions(options).ifPresent(violations::add);
        }
        return violations;
    }

    private static Violation tooFewOptions() {
        return Violation.of("options", "question.tooFewOptions");
    }

    /** Moodle's rule for multiple answers: each fraction within -1..1, the positive ones adding up to exactly 1. */
    private static Optional<Violation> fractions(List<Choice> options) {
        double positive = 0;
        for (Choice choice : options) {
            if (choice.fraction() == null) {
                return Optional.of(Violation.of(null, "question.fractionMissing", choice.id()));
            }
            if (choice.fraction() < -1 || choice.fraction() > 1) {
                return Optional.of(Violation.of(null, "question.fractionOutOfRange", choice.id(), choice.fraction()));
            }
            if (choice.correct() != choice.fraction() > 0) {
                return Optional.of(Violation.of(null, choice.correct() ? "question.rightFractionNotPositive"
                        : "question.wrongFractionPositive", choice.id(), choice.fraction()));
            }
            positive += Math.max(0, choice.fraction());
        }
        if (Math.abs(positive - 1) > SLACK) {
            return Optional.of(Violation.of(null, "question.fractionSum", positive));
        }
        return Optional.empty();
    }

    private static List<Violation> inspection(QuestionBody.Inspection inspection) {
        List<Violation> violations = new ArrayList<>();
        if (inspection.caseFile().isEmpty()) {
            violations.add(Violation.of("caseFile", "inspection.noCaseFile"));
        }
        if (inspection.redFlags().isEmpty()) {
            violations.add(Violation.of("redFlags", "inspection.noRedFlags"));
        }
        if (inspection.decision() == null) {
            violations.add(Violation.of("decision", "inspection.noDecision"));
        }
        if (inspection.decisionWeight() < 0 || inspection.decisionWeight() > 1) {
            violations.add(Violation.of("weights", "inspection.badWeights"));
        }
        return violations;
    }

    private static List<Violation> texts(QuestionDefinition question) {
        List<Violation> violations = new ArrayList<>();
        if (question.prompt() == null || question.prompt().values().values().stream().allMatch(String::isBlank)) {
            violations.add(Violation.of("prompt", "question.noPrompt"));
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
                violations.add(Violation.of(field, "text.tooLong", language, field, value.length(), YamlMap.MAX_TEXT));
            }
        });
    }
}
