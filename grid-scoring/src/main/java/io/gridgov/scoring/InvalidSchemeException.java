package io.gridgov.scoring;

import io.gridgov.core.io.InputLocation;
import io.gridgov.core.Finding;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a scheme is used that has problems; {@link #findings()} lists every one with its JSON path. */
public final class InvalidSchemeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    /**
     * Creates the exception.
     *
     * @param schemeId the scheme
     * @param findings its problems, at least one
     */
    public InvalidSchemeException(String schemeId, List<Finding> findings) {
        super("scheme \"" + schemeId + "\" is invalid: "
                + findings.stream().map(f -> path(f) + ": " + f.message().en()).collect(Collectors.joining("; ")));
        this.findings = List.copyOf(findings);
    }

    /** {@return every problem, in the order of the scheme} */
    public List<Finding> findings() {
        return findings;
    }

    /** {@return the JSON path of a scheme problem} */
    static String path(Finding f) {
        return f.location().flatMap(InputLocation::field).orElse("$");
    }
}
