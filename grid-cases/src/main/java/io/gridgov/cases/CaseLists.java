package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The three lists of a node's subtree as of an instant (三张清单, S2), each sorted by deadline (cases
 * without one last, then by report time and id), and the struck-off history (销号记录):
 * <ul>
 * <li>{@link #problems()} — 问题清单: every open case;</li>
 * <li>{@link #assigned()} — 交办清单: open cases dispatched to a unit, with the unit and the deadline;</li>
 * <li>{@link #supervision()} — 督办清单: open cases overdue, escalated or supervised;</li>
 * <li>{@link #struckOff()} — cases closed in the history window, latest closure first.</li>
 * </ul>
 * Immutable and thread-safe.
 *
 * @param node the node whose subtree the lists cover
 * @param asOf the instant
 * @param problems 问题清单
 * @param assigned 交办清单
 * @param supervision 督办清单
 * @param struckOff 销号 history
 */
public record CaseLists(String node, Instant asOf, List<CaseView> problems, List<CaseView> assigned,
        List<CaseView> supervision, List<CaseView> struckOff) {

    /** By deadline (none last), then report time, then id. */
    public static final Comparator<CaseView> BY_DEADLINE = Comparator
            .comparing((CaseView v) -> v.deadline().orElse(Instant.MAX))
            .thenComparing(v -> v.state().reportedAt()).thenComparing(CaseView::id);

    /** Validates the components. */
    public CaseLists {
        requireNonNull(node, "node");
        requireNonNull(asOf, "asOf");
        problems = List.copyOf(problems);
        assigned = List.copyOf(assigned);
        supervision = List.copyOf(supervision);
        struckOff = List.copyOf(struckOff);
    }

    /** {@return the lists built from the open cases and the closed history of a subtree} */
    static CaseLists of(String node, Instant asOf, List<CaseView> open, List<CaseView> closed) {
        List<CaseView> sorted = open.stream().filter(v -> v.state().isOpen()).sorted(BY_DEADLINE).toList();
        return new CaseLists(node, asOf, sorted,
                sorted.stream().filter(v -> v.state().firstDispatchedAt().isPresent()).toList(),
                sorted.stream().filter(CaseView::needsSupervision).toList(),
                closed.stream().sorted(Comparator.comparing((CaseView v) -> v.state().closedAt().orElse(Instant.MIN))
                        .reversed().thenComparing(CaseView::id)).toList());
    }
}
