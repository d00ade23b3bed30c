package com.jkcloud.monitor.importer.api;

import java.util.List;

/** {@code POST /api/v1/accounts/imports} as JSON. */
public record ImportRequest(List<Line> lines) {

    public record Line(String username, String password, String name, String group) {

        @Override
        public String toString() {
            return "Line[username=" + username + "]";
        }
    }
}
