/**
 * The 1,000-point assessment engine (千分制考核): {@link io.gridgov.scoring.Scheme schemes} of
 * categories and indicators scored by {@link io.gridgov.scoring.Rule rules}, bonus points, one-vote
 * vetoes (一票否决), grades, {@link io.gridgov.scoring.Ranking rankings} with red and black lists
 * (红黑榜) and {@link io.gridgov.scoring.RollUp roll-ups}.
 *
 * <p>Specification.
 * <ul>
 *   <li>A valid scheme's indicator points sum to their category's, the categories' to the total;
 *       codes are unique; bands are gap-free and non-overlapping; when the scheme declares facts,
 *       every referenced fact is declared (optional ones with a default).</li>
 *   <li>Each indicator awards points in [0, points] (扣完为止); bonus adds at most the bonus cap; a
 *       total lies in [0, total + bonus cap]. Points are {@link java.math.BigDecimal}, each line rounded
 *       with the scheme's rounding, and the lines add up to the total.</li>
 *   <li>A veto always wins: {@code zero} makes the total 0, {@code lowestGrade} forces the lowest
 *       grade, {@code exclude} keeps the subject out of the ranking.</li>
 *   <li>Every line carries its facts and a reason in English and Chinese, e.g.
 *       {@code 巡查记录缺失 3 次, 每次扣 10 分, 扣 30 分}.</li>
 *   <li>Output is deterministic: the same scheme and facts give equal scorecards, in input order.</li>
 *   <li>The scheme reader ({@link io.gridgov.scoring.SchemeJson}) and the facts reader
 *       ({@link io.gridgov.core.facts.FactFiles}) throw {@link io.gridgov.core.io.InvalidInputException}
 *       with file, line, column, subject and field.</li>
 *   <li>Facts are grid-core's {@link io.gridgov.core.facts.FactSet}, whoever produced them (duties,
 *       cases, a sheet); scoring depends on no producer.</li>
 * </ul>
 * All public types are immutable values or stateless utilities and safe to share between threads.
 */
package io.gridgov.scoring;
