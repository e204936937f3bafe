package org.oversight.api;

/** A referenced entity that does not exist, naming the argument that referenced it. */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String field, String what, String id) {
        super(field + ": no " + what + " with id '" + id + "'");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
