package org.greencustoms.elearning.people.control;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules a row of an enrolment file must meet, checked so that the accounts created from it would all be
 * accepted: the username rule is the one account creation applies, the lengths are those of the account columns.
 * One instance checks one file, since it remembers the usernames and e-mail addresses already seen.
 */
final class EnrolmentRules {

    static final int MAX_FULL_NAME = 200;
    static final int MAX_EMAIL = 254;

    /** The same rule as for an account created by an administrator (NewAccount). */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /**
     * Plausible, not RFC 5322: one @, no spaces, and a domain of at least two non-empty labels. A typo, or two
     * addresses in one cell, is what this is for; whether the address exists only a mail can tell.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[^@\\s\\p{Cc},;<>()\\[\\]\"]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");

    private final Set<String> administrations;
    private final Set<String> languages;
    private final Map<String, Integer> usernames = new HashMap<>();
    private final Map<String, Integer> emails = new HashMap<>();

    EnrolmentRules(Set<String> administrations, Set<String> languages) {
        this.administrations = administrations.stream().map(a -> a.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.languages = languages.stream().map(l -> l.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The row, or empty with its problems added. */
    Optional<EnrolmentRow> check(int line, EnrolmentHeader header, List<String> cells, List<RowProblem> problems) {
        int before = problems.size();
        String username = username(cell(line, header, cells, EnrolmentColumn.USERNAME), problems);
        String fullName = fullName(cell(line, header, cells, EnrolmentColumn.FULL_NAME), problems);
        String email = email(cell(line, header, cells, EnrolmentColumn.EMAIL), problems);
        String administration = administration(cell(line, header, cells, EnrolmentColumn.ADMINISTRATION), problems);
        String language = language(cell(line, header, cells, EnrolmentColumn.LANGUAGE), problems);
        return problems.size() == before
                ? Optional.of(new EnrolmentRow(line, username, fullName, email, administration, language))
                : Optional.empty();
    }

    private String username(Cell cell, List<RowProblem> problems) {
        String username = cell.value().toLowerCase(Locale.ROOT);
        if (username.isEmpty()) {
            problems.add(cell.problem(EnrolmentMessage.MISSING));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(cell.problem(EnrolmentMessage.BAD_USERNAME, cell.value()));
        } else {
            unique(cell, username, usernames, problems);
        }
        return username;
    }

    /** Runs of whitespace, line breaks from a quoted cell included, become one space: a name prints on one line. */
    private static String fullName(Cell cell, List<RowProblem> problems) {
        String name = SPACES.matcher(cell.value()).replaceAll(" ");
        if (name.isEmpty()) {
            problems.add(cell.problem(EnrolmentMessage.MISSING));
        } else if (name.length() > MAX_FULL_NAME) {
            problems.add(cell.problem(EnrolmentMessage.TOO_LONG, name.length(), MAX_FULL_NAME));
        }
        return name;
    }

    private String email(Cell cell, List<RowProblem> problems) {
        String email = cell.value();
        if (email.length() > MAX_EMAIL) {
            problems.add(cell.problem(EnrolmentMessage.TOO_LONG, email.length(), MAX_EMAIL));
        } else if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problems.add(cell.problem(EnrolmentMessage.BAD_EMAIL, email));
        } else if (!email.isEmpty()) {
            unique(cell, email.toLowerCase(Locale.ROOT), emails, problems);
        }
        return email;
    }

    private String administration(Cell cell, List<RowProblem> problems) {
        String code = cell.value().toUpperCase(Locale.ROOT);
        if (!code.isEmpty() && !administrations.contains(code)) {
            problems.add(cell.problem(EnrolmentMessage.UNKNOWN_ADMINISTRATION, cell.value()));
        }
        return code;
    }

    private String language(Cell cell, List<RowProblem> problems) {
        String language = cell.value().toLowerCase(Locale.ROOT);
        if (!language.isEmpty() && !languages.contains(language)) {
            problems.add(cell.problem(EnrolmentMessage.UNKNOWN_LANGUAGE, cell.value(), String.join(", ", languages)));
        }
        return language;
    }

    /** A second occurrence is the problem, naming the first, so the trainer sees which two lines to compare. */
    private static void unique(Cell cell, String value, Map<String, Integer> seen, List<RowProblem> problems) {
        Integer first = seen.putIfAbsent(value, cell.line());
        if (first != null) {
            problems.add(cell.problem(EnrolmentMessage.DUPLICATE, value, first));
        }
    }

    private static Cell cell(int line, EnrolmentHeader header, List<String> cells, EnrolmentColumn column) {
        return new Cell(line, column, header.nameOf(column),
                header.position(column).map(cells::get).map(EnrolmentCsv::trim).orElse(""));
    }

    /** A trimmed value with where it is, to say so in a problem. */
    private record Cell(int line, EnrolmentColumn column, String name, String value) {

        RowProblem problem(EnrolmentMessage message, Object... details) {
            Object[] arguments = Stream.concat(Stream.of(name), Arrays.stream(details)).toArray();
            return RowProblem.at(line, column.canonical(), message, arguments);
        }
    }
}
