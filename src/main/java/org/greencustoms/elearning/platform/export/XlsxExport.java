package org.greencustoms.elearning.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as an XLSX workbook, written with POI's streaming SXSSF: only the last {@value #WINDOW} rows are in memory,
 * the others go to a temporary file that closing the workbook deletes. The file is not compressed: that would take
 * four times as long, for a file that lives only as long as the download.
 *
 * <p>Cells are typed: numbers are numeric, dates are dates with a date format (instants in UTC, which is what the
 * platform stores), booleans are booleans. Text is neutralised as in the CSV export even though POI never makes a
 * string cell a formula: a sheet re-saved as CSV, or pasted elsewhere, would otherwise carry the formula on, and the
 * two exports of a report stay the same text. A table longer than a sheet can hold goes on in further sheets.
 */
final class XlsxExport {

    static final int WINDOW = 100;
    /** Excel's limit on a cell's text, beyond which POI refuses the cell: cut, marked with an ellipsis. */
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_SHEET_NAME = 31;
    private static final String FORBIDDEN_IN_SHEET_NAME = "[\\[\\]:*?/\\\\\\p{Cntrl}]";

    private XlsxExport() {
    }

    static void write(String name, List<String> headers, Stream<? extends List<?>> rows, OutputStream out)
            throws IOException {
        write(name, headers, rows, out, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** With the rows a sheet holds, header included, as a parameter so that tests need not write a million. */
    static void write(String name, List<String> headers, Stream<? extends List<?>> rows, OutputStream out,
            int rowsPerSheet) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            try {
                Styles styles = new Styles(workbook);
                int sheets = 1;
                SXSSFSheet sheet = newSheet(workbook, sheetName(name, sheets), headers, styles);
                int next = 1;
                long number = 0;
                for (Iterator<? extends List<?>> it = rows.iterator(); it.hasNext();) {
                    List<?> cells = TableExport.checked(it.next(), ++number, headers);
                    if (next == rowsPerSheet) {
                        sheet = newSheet(workbook, sheetName(name, ++sheets), headers, styles);
                        next = 1;
                    }
                    Row row = sheet.createRow(next++);
                    for (int i = 0; i < cells.size(); i++) {
                        write(row, i, cells.get(i), styles);
                    }
                }
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        }
    }

    /**
     * The table's name as a sheet name: at most 31 characters, none of []:*?/\ nor an apostrophe at either end,
     * which Excel refuses; "Export" if nothing is left. Further sheets end in " (2)", " (3)"...
     */
    static String sheetName(String name, int sheet) {
        String suffix = sheet == 1 ? "" : " (" + sheet + ")";
        String safe = name.replaceAll(FORBIDDEN_IN_SHEET_NAME, "_").strip();
        int room = MAX_SHEET_NAME - suffix.length();
        if (safe.codePointCount(0, safe.length()) > room) {
            safe = safe.substring(0, safe.offsetByCodePoints(0, room));
        }
        safe = safe.replaceAll("^'+|'+$", "").strip();
        return (safe.isEmpty() ? "Export" : safe) + suffix;
    }

    private static SXSSFSheet newSheet(SXSSFWorkbook workbook, String name, List<String> headers, Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(Cells.neutralised(headers.get(i)));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.min(Math.max(headers.get(i).length(), 12) + 2, 60) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void write(Row row, int column, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        Optional<Instant> instant = Cells.instant(value);
        if (instant.isPresent()) {
            cell.setCellValue(LocalDateTime.ofInstant(instant.get(), ZoneOffset.UTC));
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Number number) {
            number(cell, number);
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else {
            cell.setCellValue(text(Cells.csv(value)));
        }
    }

    /** As a double, Excel's only number, exact to 15 digits; NaN and infinities, which Excel has not, blank. */
    private static void number(Cell cell, Number number) {
        double value = number.doubleValue();
        if (Double.isFinite(value)) {
            cell.setCellValue(value);
        } else {
            cell.setBlank();
        }
    }

    private static String text(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(MAX_TEXT - 2)) ? MAX_TEXT - 2 : MAX_TEXT - 1;
        return text.substring(0, cut) + "\u2026";
    }

    /** The workbook's few cell styles, made once: a workbook has a limited number of them. */
    private static final class Styles {

        private final CellStyle header;
        private final CellStyle dateTime;
        private final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            short dateTimeFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss");
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(dateTimeFormat);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
