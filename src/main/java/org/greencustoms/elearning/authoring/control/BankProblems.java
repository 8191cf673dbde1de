package org.greencustoms.elearning.authoring.control;

import java.util.List;
import java.util.Optional;
import org.greencustoms.elearning.content.control.Problem;
import org.greencustoms.elearning.content.control.Problems;
import org.greencustoms.elearning.content.control.QuestionRules;
import org.greencustoms.elearning.content.control.TextDecoder;

/**
 * The problems of one question bank file (keys {@code bank.*} of the content feature's problems bundle), one method
 * per kind, each naming the question by its position in the file and its name, so that an author can find it in
 * Moodle.
 */
final class BankProblems {

    private final String file;
    private final Problems problems = new Problems();

    BankProblems(String file) {
        this.file = file;
    }

    List<Problem> all() {
        return problems.sorted();
    }

    /** The file's text, or empty with the problem said if it is not UTF-8 or holds nothing. */
    Optional<String> text(byte[] bytes) {
        Optional<String> text = TextDecoder.utf8(file, bytes, problems);
        if (text.isPresent() && text.get().isBlank()) {
            problems.add(file, null, "bank.empty");
            return Optional.empty();
        }
        return text;
    }

    void noQuestions() {
        problems.add(file, null, "bank.noQuestion");
    }

    void notXml(Integer line, String detail) {
        problems.add(file, line, "bank.notXml", detail);
    }

    void doctype(int line) {
        problems.add(file, line, "bank.doctype");
    }

    void notMoodleXml(String root) {
        problems.add(file, 1, "bank.notMoodleXml", root);
    }

    void unsupported(int line, int position, String name, String type) {
        problems.add(file, line, "bank.unsupported", position, name, type);
    }

    void invalidGrades(int line, int position, String name, List<String> grades) {
        problems.add(file, line, "bank.invalidGrades", position, name, String.join(", ", grades));
    }

    /** The question breaks a package rule: said once, then each broken rule in the rules' own words. */
    void notImported(int line, int position, String name, List<QuestionRules.Violation> violations) {
        problems.add(file, line, "bank.notImported", position, name);
        violations.forEach(violation -> problems.add(file, line, violation.key(), violation.args().toArray()));
    }

    void answerLeftOut(int line, int position, String name, String answer, String percent) {
        problems.add(file, line, "bank.answerLeftOut", position, name, answer, percent);
    }

    void wildcard(int line, int position, String name, String answer) {
        problems.add(file, line, "bank.wildcard", position, name, answer);
    }

    void answerFeedbackLeftOut(int line, int position, String name) {
        problems.add(file, line, "bank.answerFeedbackLeftOut", position, name);
    }

    void caseSensitive(int line, int position, String name) {
        problems.add(file, line, "bank.caseSensitive", position, name);
    }

    void singlePartialCredit(int line, int position, String name, String option, String percent) {
        problems.add(file, line, "bank.singlePartialCredit", position, name, option, percent);
    }

    void unitLeftOut(int line, int position, String name, String unit) {
        problems.add(file, line, "bank.unitLeftOut", position, name, unit);
    }

    void noRightAnswer(int line, int position, String name) {
        problems.add(file, line, "bank.noRightAnswer", position, name);
    }

    void notANumber(int line, int position, String name, String answer) {
        problems.add(file, line, "bank.notANumber", position, name, answer);
    }

    void trueFalseAnswers(int line, int position, String name) {
        problems.add(file, line, "bank.trueFalseAnswers", position, name);
    }

    void media(int line, int position, String name, String reference) {
        problems.add(file, line, "bank.media", position, name, reference);
    }

    void leftOut(int line, int position, String name, String part) {
        problems.add(file, line, "bank.leftOut", position, name, part);
    }

    void braces(int line, int position, String name) {
        problems.add(file, line, "bank.braces", position, name);
    }

    void tooFewAnswers(int line, int position, String name, int minimum) {
        problems.add(file, line, "bank.tooFewAnswers", position, name, minimum);
    }

    void matchingWithoutArrow(int line, int position, String name, String answer) {
        problems.add(file, line, "bank.matchingWithoutArrow", position, name, answer);
    }

    void notExportedType(String id, String type) {
        problems.add(file, null, "bank.notExportedType", id, type);
    }

    void notExportedGrade(String id, String grade) {
        problems.add(file, null, "bank.notExportedGrade", id, grade);
    }
}
