package com.jkcloud.monitor.notify.provider;

import jakarta.ws.rs.core.Response;

/** A provider answered with an HTTP error status; carries its body so the owner sees the provider's own words. */
public class ProviderHttpError extends RuntimeException {

    private final int status;
    private final String body;

    public ProviderHttpError(int status, String body) {
        super("HTTP " + status, null, false, false);
        this.status = status;
        this.body = body == null ? "" : body;
    }

    /** The REST clients' {@code @ClientExceptionMapper}: keeps the body instead of a bare status. */
    public static ProviderHttpError of(Response response) {
        String body;
        try {
            body = response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException unreadable) {
            body = "";
        }
        return new ProviderHttpError(response.getStatus(), body);
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
