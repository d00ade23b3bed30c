package com.jkcloud.monitor.importer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.importer.api.ImportRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the lines of an import (CSV/plain text or JSON); more than {@link #MAX_LINES} is refused before anything is stored. */
final class ImportLines {

    static final int MAX_LINES = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).enable(CsvParser.Feature.TRIM_SPACES);

    /** One line as sent; {@code password} null when missing. */
    record Line(int line, String username, String password, String name, String group) {
    }

    private ImportLines() {
    }

    static List<Line> ofText(String body) {
        List<Line> lines = new ArrayList<>();
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(body == null ? "" : body)) {
            int number = 0;
            while (rows.hasNextValue()) {
                String[] cells = rows.nextValue();
                number++;
                if (number == 1 && cells.length > 0 && "username".equalsIgnoreCase(cells[0].strip())) {
                    continue;
                }
                if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
                    continue;
                }
                lines.add(new Line(number, cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3)));
                if (lines.size() > MAX_LINES) {
                    throw tooMany();
                }
            }
        } catch (IOException malformed) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, ImportMessage.LINE_INVALID);
        }
        return checked(lines);
    }

    static List<Line> ofJson(String body) {
        ImportRequest request;
        try {
            request = JSON.readValue(body == null || body.isBlank() ? "null" : body, ImportRequest.class);
        } catch (IOException malformed) {
            throw new ApiException(ErrorCode.MALFORMED_JSON);
        }
        if (request == null || request.lines() == null) {
            throw ApiException.invalidField("lines", ImportMessage.NO_LINES);
        }
        if (request.lines().size() > MAX_LINES) {
            throw tooMany();
        }
        List<Line> lines = new ArrayList<>();
        for (int index = 0; index < request.lines().size(); index++) {
            ImportRequest.Line line = request.lines().get(index);
            lines.add(line == null ? new Line(index + 1, null, null, null, null)
                    : new Line(index + 1, line.username(), line.password(), line.name(), line.group()));
        }
        return checked(lines);
    }

    private static List<Line> checked(List<Line> lines) {
        if (lines.isEmpty()) {
            throw ApiException.invalidField("lines", ImportMessage.NO_LINES);
        }
        return lines;
    }

    private static ApiException tooMany() {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, ImportMessage.TOO_MANY_LINES);
    }

    private static String cell(String[] cells, int index) {
        if (index >= cells.length || cells[index] == null || cells[index].isBlank()) {
            return null;
        }
        return cells[index].strip();
    }
}
