package org.oversight.api;

/** Bad input from a client, naming the argument or input field at fault (e.g. {@code input.email}). */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
