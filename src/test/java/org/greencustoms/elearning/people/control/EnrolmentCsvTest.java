package org.greencustoms.elearning.people.control;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("EnrolmentCsv")
class EnrolmentCsvTest {

    private static final Set<String> ADMINISTRATIONS = Set.of("FR", "KE", "SN", "MX", "BR");
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "pt");
    private static final String HEADER = "username,full name,email,administration,language\n";

    private static final List<EnrolmentRow> GOOD_ROWS = List.of(
            new EnrolmentRow(2, "amina.bello", "Amina Bello", "amina.bello@douanes.sn", "SN", "fr"),
            new EnrolmentRow(3, "jose_martinez", "José Martínez", "jose@aduanas.gob.mx", "MX", "es"),
            new EnrolmentRow(4, "w-otieno", "Wanjiru Otieno", "", "KE", ""));

    @Nested
    @DisplayName("a good file")
    class Good {

        @Test
        void readsEveryRowTrimmedAndInCanonicalCase() {
            EnrolmentFile file = read(HEADER
                    + "Amina.Bello, Amina Bello ,amina.bello@douanes.sn,sn,FR\n"
                    + "jose_martinez,José Martínez,jose@aduanas.gob.mx,MX,es\n"
                    + "w-otieno,Wanjiru Otieno,,ke,\n");

            assertThat(file.problems()).isEmpty();
            assertThat(file.rows()).containsExactlyElementsOf(GOOD_ROWS);
            assertThat(file.valid()).isTrue();
        }

        @Test
        void readsSemicolonsCrLfAndAByteOrderMarkAsExcelWritesThem() {
            String csv = "username;full name;email;administration;language\r\n"
                    + "Amina.Bello;Amina Bello;amina.bello@douanes.sn;sn;FR\r\n"
                    + "jose_martinez;José Martínez;jose@aduanas.gob.mx;MX;es\r\n"
                    + "w-otieno;Wanjiru Otieno;;ke;\r\n";

            EnrolmentFile file = EnrolmentCsv.read(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    csv.getBytes(UTF_8)), ADMINISTRATIONS, LANGUAGES);

            assertThat(file.problems()).isEmpty();
            assertThat(file.rows()).containsExactlyElementsOf(GOOD_ROWS);
        }

        @Test
        void takesColumnsInAnyOrderAndLeavesOptionalOnesOut() {
            EnrolmentFile file = read("Full Name,USERNAME\n\"Bello, Amina\",amina\n");

            assertThat(file.problems()).isEmpty();
            assertThat(file.rows()).containsExactly(new EnrolmentRow(2, "amina", "Bello, Amina", "", "", ""));
        }

        @Test
        void readsQuotedValuesWithSeparatorsQuotesAndLineBreaksKeepingLineNumbersRight() {
            EnrolmentFile file = read(HEADER
                    + "amina,\"Bello, Amina\",amina@douanes.sn,SN,fr\n"
                    + "kofi,\"Kofi \"\"K.\"\" Mensah\",kofi@gra.gov.gh,, \n"
                    + "jose,\"José\n  Martínez\",\"jose@aduanas.gob.mx\",MX,es\n"
                    + "x,Line Five,x@example.org,FR,en\n");

            assertThat(file.rows()).extracting(EnrolmentRow::line, EnrolmentRow::fullName).containsExactly(
                    tuple(2, "Bello, Amina"),
                    tuple(3, "Kofi \"K.\" Mensah"),
                    tuple(4, "José Martínez"));
            assertThat(file.problems()).containsExactly(
                    problem(6, "username", "enrol.csv.badUsername", "6", "username", "x"));
        }

        @Test
        void skipsBlankLinesWhereverTheyAre() {
            EnrolmentFile file = read("\n  \n" + HEADER
                    + "\n"
                    + "amina,Amina Bello,,,\n"
                    + ",,,,\n"
                    + " , \t,,\n"
                    + "\r\n"
                    + "kofi,Kofi Mensah,,,\n"
                    + "\n\n");

            assertThat(file.problems()).isEmpty();
            assertThat(file.rows()).extracting(EnrolmentRow::line).containsExactly(5, 9);
        }

        @Test
        void acceptsFrenchHeaders() {
            EnrolmentFile file = read("Nom d'utilisateur;Nom complet;Courriel;Pays;Langue\n"
                    + "amina;Amina Bello;amina@douanes.sn;SN;fr\n");

            assertThat(file.problems()).isEmpty();
            assertThat(file.rows()).containsExactly(
                    new EnrolmentRow(2, "amina", "Amina Bello", "amina@douanes.sn", "SN", "fr"));
        }

        @Test
        void acceptsSpanishPortugueseAndEnglishVariantsWithoutCaseOrAccents() {
            assertThat(read("Usuario,Nombre,Correo electrónico,País,Idioma\njose,José,,MX,es\n").valid()).isTrue();
            assertThat(read("usuário;nome completo;e-mail;administração;língua\njoao;João;;BR;pt\n").valid())
                    .isTrue();
            assertThat(read("user_name,Display Name,E-Mail,Country,Lang\nkofi,Kofi,,KE,en\n").valid()).isTrue();
            assertThat(read("Login,FullName\nkofi,Kofi\n").valid()).isTrue();
        }
    }

    @Nested
    @DisplayName("a bad row")
    class BadRows {

        @Test
        void aDuplicateUsernameIsReportedOnTheSecondLineNamingTheFirst() {
            EnrolmentFile file = read(HEADER
                    + "amina,Amina Bello,,,\n"
                    + "kofi,Kofi Mensah,,,\n"
                    + "AMINA,Amina B.,,,\n");

            assertThat(file.problems()).containsExactly(
                    problem(4, "username", "enrol.csv.duplicate", "4", "username", "amina", "2"));
            assertThat(file.problems().get(0).message()).isEqualTo("Line 4, username: amina is already on line 2");
            assertThat(file.rows()).extracting(EnrolmentRow::line).containsExactly(2, 3);
            assertThat(file.valid()).isFalse();
        }

        @Test
        void aDuplicateEmailIsReportedWhateverItsCase() {
            EnrolmentFile file = read(HEADER
                    + "amina,Amina Bello,Amina@Douanes.sn,,\n"
                    + "bello,Amina Bello,amina@douanes.SN,,\n");

            assertThat(file.problems()).containsExactly(
                    problem(3, "email", "enrol.csv.duplicate", "3", "email", "amina@douanes.sn", "2"));
        }

        @Test
        void anUnknownAdministration() {
            EnrolmentFile file = read(HEADER + "amina,Amina Bello,,Senegal,\n");

            assertThat(file.problems()).containsExactly(problem(2, "administration",
                    "enrol.csv.unknownAdministration", "2", "administration", "Senegal"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"x@", "@douanes.sn", "amina", "amina bello@douanes.sn", "amina@douanes",
            "amina@@douanes.sn", "a@b.sn;c@d.sn", "amina@douanes..sn", "Amina <amina@douanes.sn>"})
        void aBadEmail(String email) {
            EnrolmentFile file = read(HEADER + "amina,Amina Bello,\"" + email + "\",,\n");

            assertThat(file.problems()).containsExactly(
                    problem(2, "email", "enrol.csv.badEmail", "2", "email", email));
        }

        @Test
        void anEmailIsRenderedAsTheLeadExpects() {
            EnrolmentFile file = read(HEADER + "aa1,A,,,\nbb2,B,,,\ncc3,C,x@,,\n");

            assertThat(file.problems()).singleElement().extracting(RowProblem::message)
                    .isEqualTo("Line 4, email: 'x@' is not an e-mail address");
        }

        @Test
        void aMissingUsernameOrFullName() {
            EnrolmentFile file = read(HEADER + " ,Amina Bello,,,\nkofi,\"  \",,,\n");

            assertThat(file.problems()).containsExactly(
                    problem(2, "username", "enrol.csv.missing", "2", "username"),
                    problem(3, "full name", "enrol.csv.missing", "3", "full name"));
            assertThat(file.rows()).isEmpty();
        }

        @Test
        void anUnknownLanguageNamesTheOnesAllowed() {
            EnrolmentFile file = read(HEADER + "amina,Amina Bello,,,French\n");

            assertThat(file.problems()).containsExactly(problem(2, "language", "enrol.csv.unknownLanguage", "2",
                    "language", "French", "en, es, fr, pt"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"ab", "-amina", ".amina", "josé", "amina bello", "amina@douanes.sn"})
        void aBadUsername(String username) {
            EnrolmentFile file = read(HEADER + "\"" + username + "\",Amina Bello,,,\n");

            assertThat(file.problems()).containsExactly(
                    problem(2, "username", "enrol.csv.badUsername", "2", "username", username));
        }

        @Test
        void theLongestUsernameIsSixtyFourCharacters() {
            String username = "a".repeat(64);

            assertThat(read(HEADER + username + ",Amina Bello,,,\n").rows())
                    .extracting(EnrolmentRow::username).containsExactly(username);
            assertThat(read(HEADER + username + "b,Amina Bello,,,\n").problems())
                    .extracting(RowProblem::messageKey).containsExactly("enrol.csv.badUsername");
        }

        @Test
        void tooLongAFullNameOrEmail() {
            String name = "N".repeat(201);
            String email = "a".repeat(250) + "@x.sn";

            EnrolmentFile file = read(HEADER + "amina," + name + "," + email + ",,\n");

            assertThat(file.problems()).containsExactly(
                    problem(2, "full name", "enrol.csv.tooLong", "2", "full name", "201", "200"),
                    problem(2, "email", "enrol.csv.tooLong", "2", "email", "255", "254"));
        }

        @Test
        void theWrongNumberOfValuesAsWhenACommaIsNotQuoted() {
            EnrolmentFile file = read(HEADER + "amina,Bello, Amina,amina@douanes.sn,SN,fr\nkofi,Kofi\n");

            assertThat(file.problems()).containsExactly(
                    problem(2, "", "enrol.csv.wrongColumnCount", "2", "6", "5"),
                    problem(3, "", "enrol.csv.wrongColumnCount", "3", "2", "5"));
        }

        @Test
        void problemsNameTheColumnAsTheFileDoes() {
            EnrolmentFile file = read("nom d'utilisateur;nom;courriel\namina;Amina Bello;amina@\n");

            assertThat(file.problems()).singleElement().extracting(RowProblem::column, RowProblem::message)
                    .containsExactly("email", "Line 2, courriel: 'amina@' is not an e-mail address");
        }

        @Test
        void everyProblemOfEveryRowIsReportedAtOnceInLineOrder() {
            EnrolmentFile file = read(HEADER
                    + "amina,Amina Bello,bad,XX,de\n"
                    + "kofi,Kofi Mensah,kofi@gra.gov.gh,,\n"
                    + "no,,,,\n");

            assertThat(file.problems()).extracting(RowProblem::line, RowProblem::messageKey).containsExactly(
                    tuple(2, "enrol.csv.badEmail"),
                    tuple(2, "enrol.csv.unknownAdministration"),
                    tuple(2, "enrol.csv.unknownLanguage"),
                    tuple(4, "enrol.csv.badUsername"),
                    tuple(4, "enrol.csv.missing"));
            assertThat(file.rows()).extracting(EnrolmentRow::username).containsExactly("kofi");
            assertThat(file.valid()).isFalse();
        }

        @Test
        void aValueInAColumnWithoutHeaderIsReportedOnce() {
            EnrolmentFile file = read("username,full name,\namina,Amina Bello,\nkofi,Kofi,note\nkwame,Kwame,note\n");

            assertThat(file.problems()).containsExactly(problem(3, "", "enrol.csv.unnamedColumn", "3", "3"));
        }

        @Test
        void anUnclosedQuoteStopsTheReadingWhereItStarts() {
            EnrolmentFile file = read(HEADER + "amina,Amina Bello,,,\n\nkofi,\"Kofi Mensah,,,\nkwame,Kwame,,,\n");

            assertThat(file.problems()).containsExactly(problem(4, "", "enrol.csv.badQuotes", "4"));
        }

        @Test
        void textAfterAClosingQuoteIsAQuotingProblem() {
            EnrolmentFile file = read(HEADER + "amina,\"Amina\" Bello,,,\n");

            assertThat(file.problems()).containsExactly(problem(2, "", "enrol.csv.badQuotes", "2"));
        }
    }

    @Nested
    @DisplayName("a bad file")
    class BadFiles {

        @Test
        void latin1IsReportedOnTheLineOfTheFirstBadByte() {
            byte[] latin1 = (HEADER + "amina,Amina Bello,,,\njose,Jos\u00e9 Mart\u00ednez,,,\n").getBytes(ISO_8859_1);

            EnrolmentFile file = EnrolmentCsv.read(latin1, ADMINISTRATIONS, LANGUAGES);

            assertThat(file.problems()).containsExactly(
                    problem(3, "", "enrol.csv.badEncoding", "3", "Windows-1252/ISO-8859-1"));
            assertThat(file.problems().get(0).message()).contains("save it as CSV UTF-8");
            assertThat(file.rows()).isEmpty();
        }

        @Test
        void utf16WithAByteOrderMark() {
            byte[] le = bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, (HEADER + "jose,José,,,\n").getBytes(UTF_16LE));
            byte[] be = bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, (HEADER + "jose,José,,,\n").getBytes(UTF_16BE));

            assertThat(EnrolmentCsv.read(le, ADMINISTRATIONS, LANGUAGES).problems())
                    .containsExactly(problem(1, "", "enrol.csv.badEncoding", "1", "UTF-16"));
            assertThat(EnrolmentCsv.read(be, ADMINISTRATIONS, LANGUAGES).problems())
                    .containsExactly(problem(1, "", "enrol.csv.badEncoding", "1", "UTF-16"));
        }

        @Test
        void utf16WithoutAByteOrderMarkByItsNulBytes() {
            byte[] le = (HEADER + "jose,José,,,\n").getBytes(UTF_16LE);

            assertThat(EnrolmentCsv.read(le, ADMINISTRATIONS, LANGUAGES).problems())
                    .extracting(RowProblem::messageKey, RowProblem::arguments)
                    .containsExactly(tuple("enrol.csv.badEncoding",
                            List.of("1", "UTF-16")));
        }

        @Test
        void anExcelWorkbook() {
            byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};

            assertThat(EnrolmentCsv.read(xlsx, ADMINISTRATIONS, LANGUAGES).problems())
                    .containsExactly(problem(0, "", "enrol.csv.workbook"));
        }

        @Test
        void tabsAreNamedAsTheSeparatorFound() {
            EnrolmentFile file = read("username\tfull name\temail\namina\tAmina Bello\t\n");

            assertThat(file.problems()).containsExactly(problem(1, "", "enrol.csv.badDelimiter", "1", "TAB"));
        }

        @Test
        void anotherSeparatorIsNamedToo() {
            EnrolmentFile file = read("\nusername|full name\namina|Amina Bello\n");

            assertThat(file.problems()).containsExactly(problem(2, "", "enrol.csv.badDelimiter", "2", "'|'"));
        }

        @Test
        void aFileWithoutHeaderSaysWhichColumnsAreMissing() {
            EnrolmentFile file = read("amina,Amina Bello,amina@douanes.sn,SN,fr\n");

            assertThat(file.problems()).containsExactly(
                    problem(1, "", "enrol.csv.badHeader", "1", "username, full name"));
        }

        @Test
        void aHeaderWithoutTheUsername() {
            EnrolmentFile file = read("name,email\nAmina Bello,amina@douanes.sn\n");

            assertThat(file.problems()).containsExactly(problem(1, "", "enrol.csv.badHeader", "1", "username"));
        }

        @Test
        void anUnknownColumnIsRefusedSoThatAMisspeltOneIsNotIgnored() {
            EnrolmentFile file = read("username,full name,emial,rank\namina,Amina Bello,amina@douanes.sn,Inspector\n");

            assertThat(file.problems()).containsExactly(
                    problem(1, "", "enrol.csv.unknownColumn", "1", "emial"),
                    problem(1, "", "enrol.csv.unknownColumn", "1", "rank"));
            assertThat(file.valid()).isFalse();
        }

        @Test
        void twoHeadersForTheSameColumn() {
            EnrolmentFile file = read("username,name,full name\namina,Amina,Amina Bello\n");

            assertThat(file.problems()).containsExactly(
                    problem(1, "", "enrol.csv.duplicateColumn", "1", "name", "full name", "full name"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "\n\n", " \r\n,,,,\r\n", HEADER, HEADER + "\n,,,,\n"})
        void anEmptyFileOrOnlyAHeader(String csv) {
            EnrolmentFile file = read(csv);

            assertThat(file.problems()).containsExactly(problem(0, "", "enrol.csv.empty"));
            assertThat(file.valid()).isFalse();
        }

        @Test
        void atMostFiveThousandRows() {
            String rows = IntStream.rangeClosed(1, EnrolmentCsv.MAX_ROWS)
                    .mapToObj(i -> "officer" + i + ",Officer " + i + ",,,\n").collect(Collectors.joining());

            assertThat(read(HEADER + rows).rows()).hasSize(EnrolmentCsv.MAX_ROWS);

            EnrolmentFile tooMany = read(HEADER + rows + "one.more,One More,,,\n");

            assertThat(tooMany.problems()).containsExactly(problem(0, "", "enrol.csv.tooManyRows", "5000"));
            assertThat(tooMany.valid()).isFalse();
        }
    }

    private static EnrolmentFile read(String csv) {
        return EnrolmentCsv.read(csv.getBytes(UTF_8), ADMINISTRATIONS, LANGUAGES);
    }

    private static RowProblem problem(int line, String column, String key, String... arguments) {
        return new RowProblem(line, column, key, List.of(arguments));
    }

    private static byte[] bytes(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
