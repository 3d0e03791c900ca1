/**
 * GridGov core: values shared by every module — {@link io.gridgov.core.Severity} and the diagnostics
 * vocabulary that every module's findings share: a {@link io.gridgov.core.Diagnostic} (severity, rule
 * id, subjects, optional input location, bilingual message) and a {@link io.gridgov.core.Diagnostics}
 * report ({@code isValid}, {@code count}, {@code findings}, {@code errors}).
 *
 * <p>The grid tree lives in {@link io.gridgov.core.tree}, staffing in {@link io.gridgov.core.staff},
 * messages in {@link io.gridgov.core.i18n}, and input errors in {@link io.gridgov.core.io}.
 */
package io.gridgov.core;
