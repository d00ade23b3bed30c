package com.jkcloud.monitor.onething;

import java.util.function.Function;

/** The typed outcome of an upstream call: upstream failures never leak to callers as exceptions. */
public sealed interface OneThingResult<T> permits OneThingResult.Ok, OneThingResult.Failed {

    record Ok<T>(T value) implements OneThingResult<T> {
    }

    /** {@code message} is safe to show to users and to log: it never contains credentials or session ids. */
    record Failed<T>(FailureKind kind, String message) implements OneThingResult<T> {
    }

    static <T> OneThingResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> OneThingResult<T> failed(FailureKind kind, String message) {
        return new Failed<>(kind, message);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    @SuppressWarnings("unchecked")
    default <R> OneThingResult<R> map(Function<T, R> mapper) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(mapper.apply(ok.value()));
        }
        Failed<T> failed = (Failed<T>) this;
        return new Failed<>(failed.kind(), failed.message());
    }
}
