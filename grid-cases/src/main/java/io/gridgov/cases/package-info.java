/**
 * Cases (案件闭环): the closed loop of problems — report, route, dispatch, handle, verify, close.
 *
 * <ul>
 * <li>A case is a sequence of {@link io.gridgov.cases.CaseEvent events} (a sealed family of records, one per
 *     type); {@link io.gridgov.cases.CaseReplay} replays them, streaming and in time order, into immutable
 *     {@link io.gridgov.cases.CaseState states}, holding only open cases (and finished ones for a reopen
 *     window). Events that do not fit their case are {@link io.gridgov.core.Finding findings} with
 *     their line, never a crash.</li>
 * <li>{@link io.gridgov.cases.CaseCategories} give each category its department and
 *     {@link io.gridgov.cases.TimeLimit time limits} in working time on grid-core's
 *     {@link io.gridgov.core.calendar.WorkCalendar}; presets cover digital city management (GB/T 30428),
 *     S3's four kinds of work and S8's disputes.</li>
 * <li>{@link io.gridgov.cases.CaseSetup} holds the categories, the calendar, the tree with its staffing and
 *     a {@link io.gridgov.cases.PointLocator} (grid-geo's {@code GridLocator} plugs in from the caller).</li>
 * <li>{@link io.gridgov.cases.CaseView} answers, as of an instant, who is
 *     {@link io.gridgov.cases.ResponsibleUnit responsible}, the deadline, the working time left or overdue,
 *     and the {@link io.gridgov.cases.CaseEscalation escalations}; {@link io.gridgov.cases.CaseReport}
 *     gives the {@link io.gridgov.cases.CaseLists three lists} of a node and
 *     {@link io.gridgov.cases.CaseStatistics statistics} that export as facts for scoring.</li>
 * <li>{@link io.gridgov.cases.CaseEvents} reads JSON Lines ({@code .jsonl}, {@code .jsonl.gz}) strictly;
 *     {@link io.gridgov.cases.Open311} reads and writes Open311 GeoReport v2. Format:
 *     {@code docs/formats/cases.md}.</li>
 * </ul>
 */
package io.gridgov.cases;
