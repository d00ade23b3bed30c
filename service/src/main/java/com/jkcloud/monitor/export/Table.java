package com.jkcloud.monitor.export;

import java.util.List;

/** What an export holds, whatever its file format: a header row and the rows under it (strings, numbers or null). */
public record Table(String sheetName, List<String> header, List<List<Object>> rows) {
}
