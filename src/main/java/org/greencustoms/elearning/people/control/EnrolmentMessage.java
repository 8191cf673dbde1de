package org.greencustoms.elearning.people.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The texts of enrolment file problems: each key with its English MessageFormat pattern, which the message bundles
 * repeat and translate. Row texts start with the line and the column as the file's header names it, so that a
 * French file's problems say "courriel" where the trainer wrote it.
 */
public enum EnrolmentMessage {

    EMPTY("enrol.csv.empty", "The file has no officers to enrol: it is empty or has only the header line"),
    WORKBOOK("enrol.csv.workbook",
            "The file is a spreadsheet workbook, not CSV: in the spreadsheet choose Save As and the type CSV UTF-8"),
    /** {0} line of the first bad byte, {1} the encoding it looks like. */
    BAD_ENCODING("enrol.csv.badEncoding",
            "Line {0}: the file is not UTF-8 text (it looks like {1}); save it as CSV UTF-8"),
    /** {0} header line, {1} the separator found. */
    BAD_DELIMITER("enrol.csv.badDelimiter",
            "Line {0}: the header''s columns are separated by {1}; separate them with commas or semicolons "
                    + "(save the file as CSV UTF-8)"),
    /** {0} header line, {1} the missing columns. */
    BAD_HEADER("enrol.csv.badHeader",
            "Line {0}: the header lacks the column(s) {1}; the first line must name the columns username, "
                    + "full name and, if wanted, email, administration, language"),
    /** {0} header line, {1} the column as the file names it. */
    UNKNOWN_COLUMN("enrol.csv.unknownColumn",
            "Line {0}: the column ''{1}'' is not one of username, full name, email, administration, language; "
                    + "rename or delete it"),
    /** {0} header line, {1} and {2} the two columns as the file names them, {3} the column they both mean. */
    DUPLICATE_COLUMN("enrol.csv.duplicateColumn",
            "Line {0}: the columns ''{1}'' and ''{2}'' both mean {3}; delete one of them"),
    /** {0} the first line with a value there, {1} the column number. */
    UNNAMED_COLUMN("enrol.csv.unnamedColumn",
            "Line {0}: column {1} has a value but no header; name the column or delete it"),
    /** {0} the line the value with unbalanced quotes starts on. */
    BAD_QUOTES("enrol.csv.badQuotes",
            "Line {0}: the quotation marks do not match, so the lines from here on could not be read; a value "
                    + "with a comma, semicolon, quotation mark or line break must be wholly in quotes, with its "
                    + "own quotation marks doubled"),
    /** {0} the most rows a file may have. */
    TOO_MANY_ROWS("enrol.csv.tooManyRows",
            "The file has more than {0} officers; split it into files of at most {0}"),
    /** {0} line, {1} values found, {2} columns of the header. */
    WRONG_COLUMN_COUNT("enrol.csv.wrongColumnCount",
            "Line {0}: {1} values where the header has {2} columns (a value with a comma or semicolon in it "
                    + "must be in quotes)"),
    /** {0} line, {1} column. */
    MISSING("enrol.csv.missing", "Line {0}, {1}: a value is required"),
    /** {0} line, {1} column, {2} value. */
    BAD_USERNAME("enrol.csv.badUsername",
            "Line {0}, {1}: ''{2}'' is not a username: 3 to 64 letters a to z, digits, dots, hyphens or "
                    + "underscores, starting with a letter or digit"),
    /** {0} line, {1} column, {2} length, {3} the most allowed. */
    TOO_LONG("enrol.csv.tooLong", "Line {0}, {1}: {2} characters where at most {3} are allowed"),
    /** {0} line, {1} column, {2} value. */
    BAD_EMAIL("enrol.csv.badEmail", "Line {0}, {1}: ''{2}'' is not an e-mail address"),
    /** {0} line, {1} column, {2} value. */
    UNKNOWN_ADMINISTRATION("enrol.csv.unknownAdministration",
            "Line {0}, {1}: ''{2}'' is not a known administration; give its two-letter country code, "
                    + "such as FR or KE"),
    /** {0} line, {1} column, {2} value, {3} the languages allowed. */
    UNKNOWN_LANGUAGE("enrol.csv.unknownLanguage",
            "Line {0}, {1}: ''{2}'' is not a language of the platform; give one of {3} or leave it empty"),
    /** {0} line, {1} column, {2} value as compared (lower case), {3} the line it is first on. */
    DUPLICATE("enrol.csv.duplicate", "Line {0}, {1}: {2} is already on line {3}");

    private final String key;
    private final String english;

    EnrolmentMessage(String key, String english) {
        this.key = key;
        this.english = english;
    }

    public String key() {
        return key;
    }

    /** The English MessageFormat pattern: quotes doubled, as in a .properties bundle. */
    public String english() {
        return english;
    }

    public static Optional<EnrolmentMessage> ofKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
