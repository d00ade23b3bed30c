package com.jkcloud.monitor.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.smallrye.mutiny.Multi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A table as CSV, one chunk per row: a UTF-8 BOM (so Excel reads the Chinese names right), the header, then rows. */
final class CsvFiles {

    static final String BOM = "\uFEFF";
    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectWriter ROW = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n"));

    private CsvFiles() {
    }

    static Multi<String> of(Table table) {
        Stream<String> lines = Stream.concat(Stream.of(BOM + line(new ArrayList<>(table.header()))),
                table.rows().stream().map(CsvFiles::line));
        return Multi.createFrom().items(lines);
    }

    private static String line(List<?> cells) {
        Object[] values = cells.stream().map(CsvFiles::text).toArray();
        try {
            return ROW.writeValueAsString(values);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a row of strings did not write as CSV", impossible);
        }
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal decimal ? decimal.toPlainString() : cell.toString();
    }
}
