package io.gridgov.core;

/**
 * How serious a finding is (严重程度). Ordered from most to least serious, so that
 * {@code severity.compareTo(other) < 0} means "more serious".
 */
public enum Severity {
    /** The data breaks a rule that must hold; a tool exits with status 1. */
    ERROR,
    /** Suspicious but tolerated, such as a sliver narrower than the tolerance. */
    WARNING,
    /** Worth knowing, never a failure. */
    INFO;

    /** {@return true for {@link #ERROR}} */
    public boolean isError() {
        return this == ERROR;
    }
}
