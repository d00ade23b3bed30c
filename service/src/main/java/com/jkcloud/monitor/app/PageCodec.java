package com.jkcloud.monitor.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jkcloud.monitor.app.api.DiscoveryPage;
import com.jkcloud.monitor.app.api.PageItem;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Pages to and from their stored documents, and the defaults shipped in {@code app/default-*.json}. */
@ApplicationScoped
public class PageCodec {

    private static final TypeReference<List<List<PageItem>>> GROUPS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, List<List<PageItem>>>> STORED_GROUPS = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    public PageCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Document discoveryDocument(DiscoveryPage page) {
        return Document.parse(write(page));
    }

    Document mineDocument(List<List<PageItem>> groups) {
        return Document.parse(write(Map.of("groups", groups)));
    }

    DiscoveryPage discovery(Document stored) {
        return read(stored.toJson(), new TypeReference<>() {
        });
    }

    List<List<PageItem>> mine(Document stored) {
        return read(stored.toJson(), STORED_GROUPS).get("groups");
    }

    DiscoveryPage defaultDiscovery() {
        return read(resource("app/default-discovery.json"), new TypeReference<>() {
        });
    }

    List<List<PageItem>> defaultMine() {
        return read(resource("app/default-mine.json"), GROUPS);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException(unwritable);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("A stored or shipped page is not valid: " + unreadable.getOriginalMessage(), unreadable);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
