package org.greencustoms.elearning.people.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The header line of an enrolment file: which column is where, under the name the file gives it.
 *
 * <p>Extra columns are refused, not ignored: email, administration and language may be left out, so a misspelt
 * "emial" ignored would quietly enrol a cohort without its addresses. A column with a blank header is let through
 * (spreadsheets leave trailing separators) as long as no row puts a value in it.
 *
 * @param line the physical line of the header
 * @param names the header's cells, trimmed, as the file writes them
 * @param positions where each column the file has is
 */
record EnrolmentHeader(int line, List<String> names, Map<EnrolmentColumn, Integer> positions) {

    private static final String NOT_SEPARATORS = "\"'\u2019_-.()*";

    EnrolmentHeader {
        names = List.copyOf(names);
        positions = Map.copyOf(positions);
    }

    /**
     * The separator that makes the most sense of the header line, comma or semicolon (Excel writes one or the other
     * depending on the region's settings); empty, with the problem added, if it is neither or nothing makes sense.
     */
    static Optional<Character> delimiter(int line, String header, List<RowProblem> problems) {
        Set<Character> candidates = new LinkedHashSet<>(List.of(',', ';', '\t'));
        header.chars().filter(c -> !Character.isLetterOrDigit(c) && !Character.isSpaceChar(c)
                && NOT_SEPARATORS.indexOf(c) < 0).forEach(c -> candidates.add((char) c));
        char best = ',';
        long bestScore = 0;
        for (char candidate : candidates) {
            long score = recognised(header, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (bestScore == 0) {
            problems.add(RowProblem.at(line, "", EnrolmentMessage.BAD_HEADER, required(Set.of())));
            return Optional.empty();
        }
        if (best != ',' && best != ';') {
            problems.add(RowProblem.at(line, "", EnrolmentMessage.BAD_DELIMITER,
                    best == '\t' ? "TAB" : "'" + best + "'"));
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** The header of these cells; empty, with the problem added, if a required column is missing. */
    static Optional<EnrolmentHeader> of(int line, List<String> cells, List<RowProblem> problems) {
        List<String> names = cells.stream().map(EnrolmentCsv::trim).toList();
        Map<EnrolmentColumn, Integer> positions = new EnumMap<>(EnrolmentColumn.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                continue;
            }
            Optional<EnrolmentColumn> column = EnrolmentColumn.named(name);
            if (column.isEmpty()) {
                problems.add(RowProblem.at(line, "", EnrolmentMessage.UNKNOWN_COLUMN, name));
            } else if (positions.containsKey(column.get())) {
                problems.add(RowProblem.at(line, "", EnrolmentMessage.DUPLICATE_COLUMN,
                        names.get(positions.get(column.get())), name, column.get().canonical()));
            } else {
                positions.put(column.get(), i);
            }
        }
        if (!positions.keySet().containsAll(requiredColumns())) {
            problems.add(RowProblem.at(line, "", EnrolmentMessage.BAD_HEADER, required(positions.keySet())));
            return Optional.empty();
        }
        return Optional.of(new EnrolmentHeader(line, names, positions));
    }

    int width() {
        return names.size();
    }

    Optional<Integer> position(EnrolmentColumn column) {
        return Optional.ofNullable(positions.get(column));
    }

    /** The column's name as the file writes it, for problems the trainer recognises; the English one if absent. */
    String nameOf(EnrolmentColumn column) {
        return position(column).map(names::get).orElse(column.canonical());
    }

    /** Whether the cell at the position is under a blank header. */
    boolean unnamed(int position) {
        return names.get(position).isEmpty();
    }

    private static long recognised(String header, char delimiter) {
        try (CSVParser parser = CSVParser.parse(header, EnrolmentCsv.format(delimiter))) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? 0 : records.get(0).stream()
                    .map(EnrolmentColumn::named).flatMap(Optional::stream).distinct().count();
        } catch (UncheckedIOException | IOException e) {
            return 0;
        }
    }

    private static List<EnrolmentColumn> requiredColumns() {
        return Arrays.stream(EnrolmentColumn.values()).filter(EnrolmentColumn::required).toList();
    }

    private static String required(Set<EnrolmentColumn> present) {
        List<EnrolmentColumn> missing = new ArrayList<>(requiredColumns());
        missing.removeAll(present);
        return missing.stream().map(EnrolmentColumn::canonical).collect(Collectors.joining(", "));
    }
}
