package io.gridgov.core;

import java.util.List;

/** The report of {@link Diagnostics#of}: a list of findings. Immutable and thread-safe. */
record DiagnosticList<D extends Diagnostic>(List<D> findings) implements Diagnostics<D> {

    DiagnosticList {
        findings = List.copyOf(findings);
    }
}
