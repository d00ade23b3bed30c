package com.jkcloud.monitor.common.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.i18n.CommonMessage;
import com.jkcloud.monitor.common.store.StoreFailures;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The one error mapper: every failure leaves as the contract's envelope, never as a stack trace. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    private static final int STORE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response apiException(ApiException failure, HttpHeaders headers) {
        Language language = language(headers);
        List<FieldError> details = failure.invalidFields().isEmpty() ? null
                : failure.invalidFields().entrySet().stream()
                .map(field -> new FieldError(field.getKey(), field.getValue().in(language)))
                .toList();
        return ErrorResponses.response(failure.error(), failure.userMessage().in(language), failure.data(), details);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException failure, HttpHeaders headers) {
        List<FieldError> details = failure.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        return error(ErrorCode.VALIDATION_FAILED, headers, details);
    }

    @ServerExceptionMapper({JsonParseException.class})
    public Response malformedJson(JsonProcessingException failure, HttpHeaders headers) {
        return error(ErrorCode.MALFORMED_JSON, headers, null);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException failure, HttpHeaders headers) {
        String field = jsonPath(failure);
        boolean truncated = String.valueOf(failure.getOriginalMessage()).contains("end-of-input");
        if (field.isEmpty() || truncated) {
            return error(ErrorCode.MALFORMED_JSON, headers, null);
        }
        Language language = language(headers);
        return ErrorResponses.response(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.defaultMessage().in(language),
                null, List.of(new FieldError(field, CommonMessage.FIELD_WRONG_TYPE.in(language))));
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException failure, HttpHeaders headers) {
        return error(ErrorCode.MALFORMED_JSON, headers, null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(Exception failure, HttpHeaders headers) {
        if (StoreFailures.isUnavailable(failure)) {
            // the token could not be checked against the store: not the caller's fault, so no 401 (no sign-out)
            return storeUnavailable(failure, headers);
        }
        return error(ErrorCode.UNAUTHORIZED, headers, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException failure, HttpHeaders headers) {
        return error(ErrorCode.FORBIDDEN, headers, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException failure, HttpHeaders headers) {
        if (failure.getCause() instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched, headers);
        }
        if (failure.getCause() instanceof JsonProcessingException unreadable) {
            return malformedJson(unreadable, headers);
        }
        int status = failure.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(failure, "Request failed with status %d", status);
        }
        return error(ErrorCode.forStatus(status), headers, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, HttpHeaders headers) {
        if (failure.getCause() instanceof ApiException apiException) {
            return apiException(apiException, headers);
        }
        if (StoreFailures.isUnavailable(failure)) {
            return storeUnavailable(failure, headers);
        }
        LOG.error("Unexpected failure while serving a request", failure);
        return error(ErrorCode.INTERNAL, headers, null);
    }

    private static Response storeUnavailable(Throwable failure, HttpHeaders headers) {
        LOG.warnf("The store is unavailable (%s); answering 503", failure.getClass().getSimpleName());
        return Response.fromResponse(error(ErrorCode.STORE_UNAVAILABLE, headers, null))
                .header(HttpHeaders.RETRY_AFTER, STORE_RETRY_AFTER_SECONDS)
                .build();
    }

    private static Response error(ErrorCode code, HttpHeaders headers, List<FieldError> details) {
        return ErrorResponses.response(code, code.defaultMessage().in(language(headers)), null, details);
    }

    private static Language language(HttpHeaders headers) {
        return Language.fromAcceptLanguage(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** {@code register.request.username} becomes {@code username}: the caller knows fields, not Java methods. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = "";
        int depth = 0;
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            depth++;
            if (depth <= 2 && (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER)) {
                name = node.getName();
                continue;
            }
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(node.getName());
        }
        return path.length() > 0 ? path.toString() : name;
    }

    private static String jsonPath(MismatchedInputException failure) {
        return failure.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
