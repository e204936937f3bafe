package org.oversight.graph;

/**
 * Something in the input that was not taken as it stood, said where it is.
 *
 * @param location file and record, e.g. {@code users.json: UserDetailList[3].Tags[0]}
 */
public record ImportWarning(String location, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
