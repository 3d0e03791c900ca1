/**
 * Structural rules (结构规则) over a grid tree and its staffing, and the
 * {@link io.gridgov.core.rule.StructuralValidator} that runs them.
 *
 * <p>Specification. Each rule is a class with a fixed id and severity: {@code DUPLICATE_ID},
 * {@code UNKNOWN_PARENT}, {@code CYCLE} (from assembling the tree), {@code LEVEL_DEPTH},
 * {@code DUPLICATE_CODE}, {@code CODE_FORMAT}, {@code CODE_PREFIX} (ERROR), {@code SIZE_BAND}
 * (WARNING), {@code MISSING_ROLE} (ERROR), {@code ROLE_COUNT}, {@code SPAN} (WARNING). A rule returns
 * {@link io.gridgov.core.Finding findings} naming the node ids concerned, with the message in
 * English and Chinese from the core bundle; users add their own
 * {@link io.gridgov.core.rule.StructuralRule rules}. Reports are immutable and their order is
 * deterministic. Everything here is immutable and thread-safe.
 */
package io.gridgov.core.rule;
