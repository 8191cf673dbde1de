package org.greencustoms.elearning.people.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV file a trainer uploads to enrol customs officers into a cohort: a header naming the columns
 * username, full name, email, administration and language (in any order, in English, French, Spanish or
 * Portuguese), then one officer a line.
 *
 * <p>Every row is checked and every problem reported at once, with its physical line, so that a trainer fixes the
 * file in one go; the caller enrols the file whole or not at all. Whatever the file holds, reading it never throws.
 */
public final class EnrolmentCsv {

    /** The most officers one file enrols; a bigger cohort comes in several files. */
    public static final int MAX_ROWS = 5000;

    private static final Pattern SPACE_AROUND =
            Pattern.compile("^[\\s\\p{Z}\\uFEFF\\u200B]+|[\\s\\p{Z}\\uFEFF\\u200B]+$");

    private EnrolmentCsv() {
    }

    /**
     * Reads and checks the whole file; never throws for bad content (only for programming errors).
     *
     * @param content the file as uploaded: UTF-8, with or without a byte order mark, comma or semicolon separated
     * @param knownAdministrations the ISO 3166-1 alpha-2 codes of the administrations an officer may belong to
     * @param languages the language codes an officer may be given (the platform's)
     */
    public static EnrolmentFile read(byte[] content, Set<String> knownAdministrations, Set<String> languages) {
        Objects.requireNonNull(content, "content");
        EnrolmentRules rules = new EnrolmentRules(knownAdministrations, languages);
        List<RowProblem> problems = new ArrayList<>();
        List<EnrolmentRow> rows = new ArrayList<>();
        EnrolmentText.decode(content, problems).ifPresent(text -> read(text, rules, rows, problems));
        List<RowProblem> inFileOrder = problems.stream().sorted(Comparator.comparingInt(RowProblem::line)).toList();
        return new EnrolmentFile(rows, inFileOrder);
    }

    private static void read(EnrolmentText text, EnrolmentRules rules, List<EnrolmentRow> rows,
            List<RowProblem> problems) {
        Optional<Integer> headerLine = text.firstFilledLine();
        if (headerLine.isEmpty()) {
            problems.add(RowProblem.file(EnrolmentMessage.EMPTY));
            return;
        }
        int line = headerLine.get();
        EnrolmentHeader.delimiter(line, text.line(line), problems)
                .ifPresent(delimiter -> read(text, line, delimiter, rules, rows, problems));
    }

    private static void read(EnrolmentText text, int headerLine, char delimiter, EnrolmentRules rules,
            List<EnrolmentRow> rows, List<RowProblem> problems) {
        try (CSVParser parser = CSVParser.parse(text.text(), format(delimiter))) {
            Records records = new Records(parser, text, problems);
            Optional<CSVRecord> first = records.next();
            while (first.isPresent() && text.lineOf(first.get().getCharacterPosition()) < headerLine) {
                first = records.next();
            }
            Optional<EnrolmentHeader> header = first.flatMap(h -> EnrolmentHeader.of(headerLine, h.toList(), problems));
            if (header.isPresent()) {
                int count = readRows(records, header.get(), rules, rows, problems);
                if (count == 0 && !records.broken()) {
                    problems.add(RowProblem.file(EnrolmentMessage.EMPTY));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
    }

    /** Checks the data rows and says how many there were, blank lines aside. */
    private static int readRows(Records records, EnrolmentHeader header, EnrolmentRules rules,
            List<EnrolmentRow> rows, List<RowProblem> problems) {
        int count = 0;
        Set<Integer> unnamedReported = new HashSet<>();
        for (Optional<CSVRecord> record = records.next(); record.isPresent(); record = records.next()) {
            int line = records.lineOf(record.get());
            List<String> cells = record.get().toList();
            if (cells.stream().allMatch(cell -> trim(cell).isEmpty())) {
                continue;
            }
            if (++count > MAX_ROWS) {
                problems.add(RowProblem.file(EnrolmentMessage.TOO_MANY_ROWS, MAX_ROWS));
                break;
            }
            if (cells.size() != header.width()) {
                problems.add(RowProblem.at(line, "", EnrolmentMessage.WRONG_COLUMN_COUNT, cells.size(),
                        header.width()));
                continue;
            }
            for (int i = 0; i < cells.size(); i++) {
                if (header.unnamed(i) && !trim(cells.get(i)).isEmpty() && unnamedReported.add(i)) {
                    problems.add(RowProblem.at(line, "", EnrolmentMessage.UNNAMED_COLUMN, i + 1));
                }
            }
            rules.check(line, header, cells, problems).ifPresent(rows::add);
        }
        return count;
    }

    /**
     * Empty lines are kept as records, not skipped, so that a record's character position is where its line starts
     * (Commons CSV gives a record after skipped lines the position of the first of them); blank records are skipped
     * here instead, along with Excel's ",,,," rows.
     */
    static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
    }

    /** Trimmed of every kind of space, the no-break space that spreadsheets keep included. */
    static String trim(String cell) {
        return SPACE_AROUND.matcher(cell).replaceAll("");
    }

    /**
     * The parser's records, ending at the first quoting error, which is added as a problem: after a quote that never
     * closes, where a row starts can no longer be told.
     */
    private static final class Records {

        private final CSVParser parser;
        private final Iterator<CSVRecord> iterator;
        private final EnrolmentText text;
        private final List<RowProblem> problems;
        private boolean broken;

        Records(CSVParser parser, EnrolmentText text, List<RowProblem> problems) {
            this.parser = parser;
            this.iterator = parser.iterator();
            this.text = text;
            this.problems = problems;
        }

        Optional<CSVRecord> next() {
            if (broken) {
                return Optional.empty();
            }
            // The record that fails starts on the line after the last one read: empty lines are records too.
            int start = Math.toIntExact(parser.getCurrentLineNumber() + 1);
            try {
                return iterator.hasNext() ? Optional.of(iterator.next()) : Optional.empty();
            } catch (UncheckedIOException e) {
                broken = true;
                problems.add(RowProblem.at(start, "", EnrolmentMessage.BAD_QUOTES));
                return Optional.empty();
            }
        }

        boolean broken() {
            return broken;
        }

        int lineOf(CSVRecord record) {
            return text.lineOf(record.getCharacterPosition());
        }
    }
}
