package com.jkcloud.monitor.app.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The mine page's body, {@code [[item], ...]}; a named type so the nested generics survive deserialization. */
public record MineGroups(
        @JsonValue @NotNull @Size(max = 20) List<@NotNull @Size(max = 50) List<@NotNull @Valid PageItem>> groups) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MineGroups of(List<List<PageItem>> groups) {
        return new MineGroups(groups);
    }
}
