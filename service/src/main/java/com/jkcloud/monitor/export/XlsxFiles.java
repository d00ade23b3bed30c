package com.jkcloud.monitor.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** A table as an Excel workbook of one sheet; numbers stay numbers so sums work in Excel. */
final class XlsxFiles {

    private XlsxFiles() {
    }

    static byte[] of(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "JK Cloud Monitor", "1.0");
            Worksheet sheet = workbook.newWorksheet(table.sheetName());
            for (int column = 0; column < table.header().size(); column++) {
                sheet.value(0, column, table.header().get(column));
                sheet.style(0, column).bold().set();
            }
            int rowIndex = 1;
            for (List<Object> row : table.rows()) {
                for (int column = 0; column < row.size(); column++) {
                    write(sheet, rowIndex, column, row.get(column));
                }
                rowIndex++;
            }
            workbook.finish();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return bytes.toByteArray();
    }

    private static void write(Worksheet sheet, int row, int column, Object cell) {
        if (cell instanceof BigDecimal decimal) {
            sheet.value(row, column, decimal);
        } else if (cell instanceof Number number) {
            sheet.value(row, column, number);
        } else if (cell != null) {
            sheet.value(row, column, cell.toString());
        }
    }
}
