package io.gridgov.scoring;

import io.gridgov.core.io.InputLocation;
import io.gridgov.core.Finding;

/** How the scheme tests read a scheme finding: its JSON path, and "path: English message". */
final class SchemeFindings {

    private SchemeFindings() {
    }

    /** {@return the JSON path of a scheme finding} */
    static String path(Finding f) {
        return f.location().flatMap(InputLocation::field).orElseThrow();
    }

    /** {@return the path and the English message, as the scheme problems used to print} */
    static String text(Finding f) {
        return path(f) + ": " + f.message().en();
    }
}
