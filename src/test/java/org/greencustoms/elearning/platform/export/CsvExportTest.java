package org.greencustoms.elearning.platform.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CSV export")
class CsvExportTest {

    @Test
    void startsWithAByteOrderMarkAndEndsLinesWithCrLf() {
        byte[] csv = ExportTables.write(ExportTables.small(), ExportFormat.CSV);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, UTF_8);
        assertThat(text).startsWith("Username,Name,Score,Change,Passed,Signed in,Enrolled,Note\r\n")
                .endsWith("\r\n");
    }

    @Test
    void readsBackCellForCell() throws IOException {
        List<CSVRecord> records = readBack(ExportTables.write(ExportTables.small(), ExportFormat.CSV));

        assertThat(records).hasSize(5);
        assertThat(records.get(0).toList()).isEqualTo(ExportTables.HEADERS);
        assertThat(records.get(1).toList()).containsExactly("amina", "Amina Bello", "85", "-3", "true",
                "2026-03-01T10:15:30Z", "2026-03-02", "Bâle, \"Rotterdam\"\nStockholm");
        assertThat(records.get(2).toList()).containsExactly("kofi", "'=HYPERLINK(\"http://evil\",\"x\")", "66.5",
                "-0.25", "false", "", "", "'+233");
        assertThat(records.get(3).toList()).containsExactly("'-x", "'@SUM(A1)", "10000000000", "-7", "", "", "",
                "'\tTab");
        assertThat(records.get(4).toList()).containsExactly("jose", "José", "", "", "", "", "", "'\rCR");
    }

    @Test
    void writesOtherDateTimesAsTheirInstantInUtcAndNumbersPlainly() throws IOException {
        ExportTable table = new ExportTable("t", List.of("a", "b", "c", "d", "e", "f"), Stream.of(ExportTables.row(
                OffsetDateTime.of(2026, 3, 1, 12, 15, 30, 0, ZoneOffset.ofHours(2)),
                LocalDateTime.of(2026, 3, 1, 10, 15), 2.0, 0.1f, Double.NaN, Thread.State.NEW)));

        assertThat(readBack(ExportTables.write(table, ExportFormat.CSV)).get(1).toList())
                .containsExactly("2026-03-01T10:15:30Z", "2026-03-01T10:15:00", "2", "0.1", "", "NEW");
    }

    @Test
    void closesTheRowsButNotTheCallersStream() throws IOException {
        AtomicBoolean rowsClosed = new AtomicBoolean();
        AtomicBoolean outClosed = new AtomicBoolean();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                outClosed.set(true);
            }
        };
        Stream<List<Object>> rows = Stream.of(ExportTables.row("a")).onClose(() -> rowsClosed.set(true));

        TableExport.write(new ExportTable("t", List.of("h"), rows), ExportFormat.CSV, out);

        assertThat(rowsClosed).isTrue();
        assertThat(outClosed).isFalse();
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        ExportTable table = new ExportTable("t", List.of("a", "b"), Stream.of(ExportTables.row("1", "2"),
                ExportTables.row("only one")));

        assertThatThrownBy(() -> TableExport.write(table, ExportFormat.CSV, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Row 2 has 1 cells");
    }

    @Test
    void neutralisesTextThatASpreadsheetWouldRun() {
        assertThat(Cells.neutralised("=1+1")).isEqualTo("'=1+1");
        assertThat(Cells.neutralised("-")).isEqualTo("'-");
        assertThat(Cells.neutralised("a=b")).isEqualTo("a=b");
        assertThat(Cells.neutralised("'quoted")).isEqualTo("'quoted");
        assertThat(Cells.neutralised("")).isEmpty();
        assertThat(Cells.csv(-3)).isEqualTo("-3");
        assertThat(Cells.csv(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
    }

    private static List<CSVRecord> readBack(byte[] csv) throws IOException {
        String text = new String(csv, 3, csv.length - 3, UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
