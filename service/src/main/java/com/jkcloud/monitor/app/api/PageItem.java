package com.jkcloud.monitor.app.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** One tile of a server-driven page. */
@RegisterForReflection
public record PageItem(
        @NotBlank @Size(max = 64) String uid,
        @Size(max = 200) String title,
        @Size(max = 1000) String description,
        @Size(max = 2048) String image,
        @Size(max = 32) String badge,
        @NotNull @Pattern(regexp = "visible|invisible") String visible,
        @Size(max = 20) List<@NotNull @Valid PageAction> actions) {

    public PageItem withBadge(String newBadge) {
        return new PageItem(uid, title, description, image, newBadge, visible, actions);
    }

    public boolean hasAction(String actionUid) {
        return actions != null && actions.stream().anyMatch(action -> action.uid().equals(actionUid));
    }
}
