/**
 * Duty templates, plans and compliance (职责模板、履职计划与履职核查).
 *
 * <p>The specification of the package:
 * <ul>
 * <li>A {@link io.gridgov.duty.DutyTemplate} holds the {@link io.gridgov.duty.Duty duties} of
 *     one domain, may extend another template (inherit, override by code, remove), binds to grids by
 *     level, kind and tags, and carries per-grid {@link io.gridgov.duty.GridOverride overrides}.
 *     Templates are JSON ({@link io.gridgov.duty.DutyTemplates}); presets citing plans S1–S14 ship
 *     as resources.</li>
 * <li>{@link io.gridgov.duty.DutyCatalog} resolves inheritance and refuses templates whose roles or
 *     actions are unknown, whose quotas cannot be met, or whose {@code extends} chain loops, naming the
 *     file and JSON path; it also tells bindings that match no level of a scheme.</li>
 * <li>A {@link io.gridgov.duty.Frequency} (quota, weekdays, working days, time share, minimum
 *     duration, tiered) cuts time into windows; a {@link io.gridgov.core.calendar.WorkCalendar} says which
 *     days are working days. Calendar-day quotas ignore the calendar.</li>
 * <li>{@link io.gridgov.duty.DutyPlanner} streams the {@link io.gridgov.duty.Obligation
 *     obligations} due in a date range: an obligation belongs to the range its window's last day lies
 *     in, so plans of adjacent ranges concatenate to the plan of their union.</li>
 * <li>{@link io.gridgov.duty.ComplianceChecker} matches {@link io.gridgov.duty.ActivityRecord
 *     activity records} to obligations and yields a {@link io.gridgov.duty.ComplianceReport}:
 *     fulfilled / late / partly / missed per obligation, {@link io.gridgov.duty.Tally tallies}
 *     whose rates lie in [0, 1] and never fall when a record is added, unmatched records with
 *     reasons, and grid-scoring facts {@code duty.<action>[.<targetCategory>].(required|done|late|missed)}.</li>
 * </ul>
 * Every type is immutable and thread-safe unless it is a builder. Formats:
 * {@code docs/formats/duties.md}.
 */
package io.gridgov.duty;
