package org.greencustoms.elearning.people.control;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One thing wrong with an enrolment file, as a message key and its arguments so that the trainer reads it in the
 * interface language; {@link #message()} renders it in English for logs and REST answers.
 *
 * @param line the 1-based physical line of the file, 0 for a problem of the whole file
 * @param column the column's canonical name ({@code username}, {@code full name}, {@code email},
 *        {@code administration}, {@code language}), or "" for a problem of the file or its header
 * @param messageKey the key of the text in the message bundles, see {@link EnrolmentMessage}
 * @param arguments the MessageFormat arguments of that text, already formatted so that a line number carries no
 *        grouping; the first is the line whenever there is one, then the column as the file names it for a row
 */
public record RowProblem(int line, String column, String messageKey, List<String> arguments) {

    public RowProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    /** A problem of the whole file, with no line. */
    static RowProblem file(EnrolmentMessage message, Object... arguments) {
        return new RowProblem(0, "", message.key(), Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** A problem on a line, which every such text takes as its first argument. */
    static RowProblem at(int line, String column, EnrolmentMessage message, Object... details) {
        Stream<Object> arguments = Stream.concat(Stream.of(line), Arrays.stream(details));
        return new RowProblem(line, column, message.key(), arguments.map(String::valueOf).toList());
    }

    /** The problem in English, e.g. "Line 4, email: 'x@' is not an e-mail address". */
    public String message() {
        return EnrolmentMessage.ofKey(messageKey)
                .map(m -> new MessageFormat(m.english(), Locale.ENGLISH).format(arguments.toArray()))
                .orElseGet(() -> messageKey + " " + arguments);
    }
}
