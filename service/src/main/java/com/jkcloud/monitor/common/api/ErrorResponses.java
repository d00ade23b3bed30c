package com.jkcloud.monitor.common.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.jkcloud.monitor.common.i18n.Language;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds the contract's error envelope; the one place that knows its shape. */
public final class ErrorResponses {

    private static final ObjectWriter ENVELOPE = JsonMapper.builder().build().writerFor(ApiResponse.class);

    private ErrorResponses() {
    }

    public static Response response(ErrorCode error, String message, Object data, List<FieldError> details) {
        return Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiResponse.error(error, message, data, details))
                .build();
    }

    /** The JSON text of an error envelope, for layers below JAX-RS (the Vert.x router). */
    public static String json(ErrorCode error, Language language) {
        try {
            return ENVELOPE.writeValueAsString(ApiResponse.error(error, error.defaultMessage().in(language), null, null));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("An error envelope of strings and numbers always serializes", impossible);
        }
    }
}
