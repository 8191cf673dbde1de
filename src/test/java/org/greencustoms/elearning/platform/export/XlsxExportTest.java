package org.greencustoms.elearning.platform.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("XLSX export")
class XlsxExportTest {

    private static final File POI_TEMP = new File(System.getProperty("java.io.tmpdir"), "poifiles");

    @Test
    void readsBackWithTypedCells() throws IOException {
        try (XSSFWorkbook workbook = readBack(ExportTables.write(ExportTables.small(), ExportFormat.XLSX))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Accounts");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);

            Row amina = sheet.getRow(1);
            assertThat(amina.getCell(0).getStringCellValue()).isEqualTo("amina");
            assertThat(amina.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amina.getCell(2).getNumericCellValue()).isEqualTo(85);
            assertThat(amina.getCell(3).getNumericCellValue()).isEqualTo(-3);
            assertThat(amina.getCell(4).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(amina.getCell(4).getBooleanCellValue()).isTrue();
            assertThat(DateUtil.isCellDateFormatted(amina.getCell(5))).isTrue();
            assertThat(amina.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 1, 10, 15, 30));
            assertThat(amina.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
            assertThat(DateUtil.isCellDateFormatted(amina.getCell(6))).isTrue();
            assertThat(amina.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(ExportTables.ON);
            assertThat(amina.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(amina.getCell(7).getStringCellValue()).isEqualTo("Bâle, \"Rotterdam\"\nStockholm");

            Row kofi = sheet.getRow(2);
            assertThat(kofi.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(kofi.getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
            assertThat(kofi.getCell(2).getNumericCellValue()).isEqualTo(66.5);
            assertThat(kofi.getCell(3).getNumericCellValue()).isEqualTo(-0.25);
            assertThat(kofi.getCell(5)).isNull();
            assertThat(kofi.getCell(7).getStringCellValue()).isEqualTo("'+233");

            Row x = sheet.getRow(3);
            assertThat(texts(x, 0, 1, 7)).containsExactly("'-x", "'@SUM(A1)", "'\tTab");
            assertThat(x.getCell(2).getNumericCellValue()).isEqualTo(1.0e10);
            assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).isEqualTo("'\rCR");
        }
    }

    @Test
    void hasABoldFrozenHeader() throws IOException {
        try (XSSFWorkbook workbook = readBack(ExportTables.write(ExportTables.small(), ExportFormat.XLSX))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(texts(sheet.getRow(0), 0, 1, 2, 3, 4, 5, 6, 7)).isEqualTo(ExportTables.HEADERS);
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        }
    }

    @Test
    void makesTheTableNameASheetNameExcelAccepts() {
        assertThat(XlsxExport.sheetName("Audit log [2026/03]: who? *all*", 1)).isEqualTo("Audit log _2026_03__ who_ _all_");
        assertThat(XlsxExport.sheetName("'Quoted'", 1)).isEqualTo("Quoted");
        assertThat(XlsxExport.sheetName(" :/ ", 1)).isEqualTo("__");
        assertThat(XlsxExport.sheetName("''", 1)).isEqualTo("Export");
        assertThat(XlsxExport.sheetName("Item analysis of every question", 12))
                .isEqualTo("Item analysis of every que (12)").hasSizeLessThanOrEqualTo(31);
    }

    @Test
    void cutsTextLongerThanACellHolds() throws IOException {
        String text = "x".repeat(XlsxExport.MAX_TEXT + 10);
        ExportTable table = new ExportTable("t", List.of("long"), Stream.of(ExportTables.row(text)));

        try (XSSFWorkbook workbook = readBack(ExportTables.write(table, ExportFormat.XLSX))) {
            String cell = workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertThat(cell).hasSize(XlsxExport.MAX_TEXT).endsWith("x\u2026");
        }
    }

    @Test
    void goesOnInAnotherSheetWhenOneIsFull() throws IOException {
        Stream<List<Object>> rows = IntStream.rangeClosed(1, 5).mapToObj(i -> ExportTables.row(i));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        XlsxExport.write("Audit log", List.of("n"), rows, out, 3);

        try (XSSFWorkbook workbook = readBack(out.toByteArray())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Audit log (2)");
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("n");
            assertThat(workbook.getSheetAt(1).getRow(2).getCell(0).getNumericCellValue()).isEqualTo(4);
            assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.SECONDS)
    void streamsFiftyThousandRowsWithinASmallHeapAndLeavesNoTemporaryFile() throws IOException {
        Set<String> before = poiTempFiles();
        long[] peak = {0};
        Runtime runtime = Runtime.getRuntime();
        long baseline = usedAfterGc(runtime);
        Stream<List<Object>> rows = IntStream.range(0, 50_000).mapToObj(i -> {
            if (i % 10_000 == 9_999) {
                peak[0] = Math.max(peak[0], usedAfterGc(runtime) - baseline);
            }
            return ExportTables.row("officer" + i, "Officer number " + i, i, i * 0.5, i % 2 == 0,
                    ExportTables.AT.plusSeconds(i), "=note " + i);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableExport.write(new ExportTable("Progress", List.of("a", "b", "c", "d", "e", "f", "g"), rows),
                ExportFormat.XLSX, out);

        // The bytes written so far are in the output; the workbook itself must not grow with the rows. Held in
        // memory (XSSF), 50,000 rows of 7 cells take well over 100 MB.
        assertThat(peak[0]).isLessThan(48L * 1024 * 1024 + out.size());
        assertThat(poiTempFiles()).isSubsetOf(before);
        // Read back as XML, not with XSSFWorkbook, which would take longer than the writing: SXSSF writes strings
        // inline, so the last row holds its text.
        String sheet = sheetXml(out.toByteArray());
        assertThat(sheet).contains("<row r=\"50001\"").doesNotContain("<row r=\"50002\"")
                .contains("officer49999", "'=note 49999");
    }

    @Test
    void deletesItsTemporaryFileWhenTheRowsFail() {
        Set<String> before = poiTempFiles();
        Stream<List<Object>> rows = IntStream.range(0, 1_000).mapToObj(i -> {
            if (i == 500) {
                throw new IllegalStateException("database gone");
            }
            return ExportTables.row(i);
        });

        assertThatThrownBy(() -> TableExport.write(new ExportTable("t", List.of("n"), rows), ExportFormat.XLSX,
                new ByteArrayOutputStream())).hasMessage("database gone");
        assertThat(poiTempFiles()).isSubsetOf(before);
    }

    private static List<String> texts(Row row, int... columns) {
        return Arrays.stream(columns).mapToObj(row::getCell).map(Cell::getStringCellValue).toList();
    }

    /** Through ZipFile, which reads the central directory: POI writes sizes after the data, which ZipInputStream refuses. */
    private static String sheetXml(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
                if (entry == null) {
                    throw new AssertionError("No first sheet in the workbook");
                }
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }

    private static XSSFWorkbook readBack(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static Set<String> poiTempFiles() {
        String[] names = POI_TEMP.list();
        return names == null ? Set.of() : Arrays.stream(names).collect(Collectors.toSet());
    }

    private static long usedAfterGc(Runtime runtime) {
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
