package io.gridgov.scoring;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a scheme is used that has problems; {@link #problems()} lists every one with its JSON path. */
public final class InvalidSchemeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<SchemeProblem> problems;

    /**
     * Creates the exception.
     *
     * @param schemeId the scheme
     * @param problems its problems, at least one
     */
    public InvalidSchemeException(String schemeId, List<SchemeProblem> problems) {
        super("scheme \"" + schemeId + "\" is invalid: "
                + problems.stream().map(SchemeProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem, in the order of the scheme} */
    public List<SchemeProblem> problems() {
        return problems;
    }
}
