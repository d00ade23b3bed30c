package com.jkcloud.monitor.market;

/** Why the price page gave no price, in words an operator can act on (never {@code null}). */
public class PriceScrapeFailed extends Exception {

    public PriceScrapeFailed(String reason, Throwable cause) {
        super(reason, cause);
    }

    public PriceScrapeFailed(String reason) {
        super(reason);
    }

    /** Many socket exceptions carry no message: name the kind then. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String kind = failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
