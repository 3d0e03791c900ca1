/**
 * Duty templates, plans and compliance (职责模板、履职计划与履职核查).
 *
 * <p>The specification of the package:
 * <ul>
 * <li>A {@link io.gridgov.core.duty.DutyTemplate} holds the {@link io.gridgov.core.duty.Duty duties} of
 *     one domain, may extend another template (inherit, override by code, remove), binds to grids by
 *     level, kind and tags, and carries per-grid {@link io.gridgov.core.duty.GridOverride overrides}.
 *     Templates are JSON ({@link io.gridgov.core.duty.DutyTemplates}); presets citing plans S1–S14 ship
 *     as resources.</li>
 * <li>{@link io.gridgov.core.duty.DutyCatalog} resolves inheritance and refuses templates whose roles or
 *     actions are unknown, whose quotas cannot be met, or whose {@code extends} chain loops, naming the
 *     file and JSON path; it also tells bindings that match no level of a scheme.</li>
 * <li>A {@link io.gridgov.core.duty.Frequency} (quota, weekdays, working days, time share, minimum
 *     duration, tiered) cuts time into windows; a {@link io.gridgov.core.duty.WorkCalendar} says which
 *     days are working days. Calendar-day quotas ignore the calendar.</li>
 * <li>{@link io.gridgov.core.duty.DutyPlanner} streams the {@link io.gridgov.core.duty.Obligation
 *     obligations} due in a date range: an obligation belongs to the range its window's last day lies
 *     in, so plans of adjacent ranges concatenate to the plan of their union.</li>
 * <li>{@link io.gridgov.core.duty.ComplianceChecker} matches {@link io.gridgov.core.duty.ActivityRecord
 *     activity records} to obligations and yields a {@link io.gridgov.core.duty.ComplianceReport}:
 *     fulfilled / late / partly / missed per obligation, {@link io.gridgov.core.duty.Tally tallies}
 *     whose rates lie in [0, 1] and never fall when a record is added, unmatched records with
 *     reasons, and grid-scoring facts {@code duty.<action>[.<targetCategory>].(required|done|late|missed)}.</li>
 * </ul>
 * Every type is immutable and thread-safe unless it is a builder. Formats:
 * {@code docs/formats/duties.md}.
 */
package io.gridgov.core.duty;
