package org.greencustoms.elearning.platform.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as RFC 4180 CSV: UTF-8 with a byte order mark (without it Excel reads UTF-8 as the region's ANSI code
 * page and mangles every accent), comma separated, CRLF line breaks, quotes only where needed.
 */
final class CsvExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvExport() {
    }

    static void write(List<String> headers, Stream<? extends List<?>> rows, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        // Not closed, which would close the caller's stream: flushed instead, the writer holds nothing else.
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(headers.stream().map(Cells::neutralised));
        long number = 0;
        for (Iterator<? extends List<?>> it = rows.iterator(); it.hasNext();) {
            List<?> row = TableExport.checked(it.next(), ++number, headers);
            printer.printRecord(row.stream().map(Cells::csv));
        }
        printer.flush();
    }
}
