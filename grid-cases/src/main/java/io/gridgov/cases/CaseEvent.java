package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One event in the life of a case (案件事件). A case is the sequence of its events; its state is derived
 * by replaying them ({@link CaseReplay}), never updated in place. Every event names its case, its time,
 * its line in the events file (0 when it was not read from a file) and optionally who recorded it.
 * Each type is a record of this sealed family; {@link #type()} is its JSON {@code "type"}.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface CaseEvent {

    /** {@return the case id, such as {@code C-0001}} */
    String caseId();

    /** {@return when it happened} */
    Instant at();

    /** {@return the 1-based line in the events file, 0 when not read from a file} */
    long line();

    /** {@return who recorded it (a person id, a department), if known} */
    Optional<String> by();

    /** {@return the JSON type: the record's name in lower case, such as {@code reported}} */
    default String type() {
        return getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static void check(String caseId, Instant at, Optional<String> by) {
        requireNonNull(caseId, "caseId");
        requireNonNull(at, "at");
        requireNonNull(by, "by");
    }

    /**
     * Reported (上报): the first event of a case. It carries a grid id or a point to locate.
     *
     * @param caseId the case
     * @param at when
     * @param line the line
     * @param by who reported
     * @param category the category key
     * @param source who reported it: {@code worker}, {@code resident}, {@code hotline}, {@code inspector},
     *     {@code media}, {@code leader}...
     * @param grid the grid, when given
     * @param point the place, when given
     */
    record Reported(String caseId, Instant at, long line, Optional<String> by, String category, String source,
            Optional<String> grid, Optional<CasePoint> point) implements CaseEvent {
        /** Validates the components. */
        public Reported {
            check(caseId, at, by);
            requireNonNull(category, "category");
            requireNonNull(source, "source");
            requireNonNull(grid, "grid");
            requireNonNull(point, "point");
        }
    }

    /**
     * Accepted (立案): the case is filed.
     *
     * @param caseId the case
     * @param at when
     * @param line the line
     * @param by who
     */
    record Accepted(String caseId, Instant at, long line, Optional<String> by) implements CaseEvent {
        /** Validates the components. */
        public Accepted {
            check(caseId, at, by);
        }
    }

    /**
     * Rejected (不予立案): not a case, with the reason. Final.
     *
     * @param caseId the case
     * @param at when
     * @param line the line
     * @param by who
     * @param reason why
     */
    record Rejected(String caseId, Instant at, long line, Optional<String> by, Optional<String> reason)
            implements CaseEvent {
        /** Validates the components. */
        public Rejected {
            check(caseId, at, by);
            requireNonNull(reason, "reason");
        }
    }

    /**
     * Dispatched (派遣) to a department, a grid or a role; may repeat (转派) without restarting the
     * handling clock, which starts at the first dispatch.
     *
     * @param caseId the case
     * @param at when
     * @param line the line
     * @param by who
     * @param to the unit: a department key, a node id of the tree or a role
     */
    record Dispatched(String caseId, Instant at, long line, Optional<String> by, String to) implements CaseEvent {
        /** Validates the components. */
        public Dispatched {
            check(caseId, at, by);
            requireNonNull(to, "to");
        }
    }

    /**
     * Handled (处置完成): the unit reports the problem solved (feedback, 反馈).
     *
     * @param caseId the case
     * @param at when
     * @param line the line
     * @param by who
     */
    record Handled(String caseId, Instant at, long line, Optional<String> by) implements CaseEvent {
        /** Validates the components. */
        public Handled {
            check(caseId, at, by);
        }
    }

    /**
     * Verified (核查): pass, or fail which sends the case back to handling (返工).
     *
     * @param caseId the case
     * @param at when
     * @param line the line
     * @param by who
     * @param pass whether it passed
     */
    record Verified(String caseId, Instant at, long line, Optional<String> by, boolean pass) implements CaseEvent {
        /** Validates the components. */
        public Verified {
            check(caseId, at, by);
        }
    }

    /**
     * Closed (结案/销号): struck off the lists. After a passing verification, or right after the report
     * or acceptance for a problem solved on the spot (当场解决).
     *
     * @param caseId the case
     * @param at when
     * @param line the line
     * @param by who
     */
    record Closed(String caseId, Instant at, long line, Optional<String> by) implements CaseEvent {
        /** Validates the components. */
        public Closed {
            check(caseId, at, by);
        }
    }

    /**
     * Postponed (缓办), approved: until an instant, or by N working days. The handling deadline moves by the
     * postponed working time.
     *
     * @param caseId the case
     * @param at when
     * @param line the line
     * @param by who approved
     * @param until until when, if given
     * @param days how many working days, if given (exactly one of until and days)
     */
    record Postponed(String caseId, Instant at, long line, Optional<String> by, Optional<Instant> until,
            OptionalInt days) implements CaseEvent {
        /** Validates the components. */
        public Postponed {
            check(caseId, at, by);
            requireNonNull(until, "until");
            requireNonNull(days, "days");
            if (until.isPresent() == days.isPresent()) {
                throw new IllegalArgumentException("a postponement has either until or days");
            }
        }
    }

    /**
     * Resumed (恢复办理) after a postponement.
     *
     * @param caseId the case
     * @param at when
     * @param line the line
     * @param by who
     */
    record Resumed(String caseId, Instant at, long line, Optional<String> by) implements CaseEvent {
        /** Validates the components. */
        public Resumed {
            check(caseId, at, by);
        }
    }

    /**
     * Escalated (上报/吹哨): to the parent of the current level when {@code to} is empty, to a node of the
     * tree, or to a named department. Derived escalations (automatic, after {@code escalateAfter}) are
     * not events of the file; see {@link CaseView#escalations()}.
     *
     * @param caseId the case
     * @param at when
     * @param line the line
     * @param by who
     * @param to the node or department, if named
     * @param reason why
     */
    record Escalated(String caseId, Instant at, long line, Optional<String> by, Optional<String> to,
            Optional<String> reason) implements CaseEvent {
        /** Validates the components. */
        public Escalated {
            check(caseId, at, by);
            requireNonNull(to, "to");
            requireNonNull(reason, "reason");
        }
    }

    /**
     * Supervised (督办): a leader or office presses for it; {@link #by()} names whom.
     *
     * @param caseId the case
     * @param at when
     * @param line the line
     * @param by who supervises
     */
    record Supervised(String caseId, Instant at, long line, Optional<String> by) implements CaseEvent {
        /** Validates the components. */
        public Supervised {
            check(caseId, at, by);
        }
    }

    /**
     * Cancelled (撤销), such as a duplicate report. Final.
     *
     * @param caseId the case
     * @param at when
     * @param line the line
     * @param by who
     * @param reason why
     */
    record Cancelled(String caseId, Instant at, long line, Optional<String> by, Optional<String> reason)
            implements CaseEvent {
        /** Validates the components. */
        public Cancelled {
            check(caseId, at, by);
            requireNonNull(reason, "reason");
        }
    }

    /**
     * Reopened (重新办理) after it was closed: back to handling if it had been dispatched, else to filed.
     *
     * @param caseId the case
     * @param at when
     * @param line the line
     * @param by who
     * @param reason why
     */
    record Reopened(String caseId, Instant at, long line, Optional<String> by, Optional<String> reason)
            implements CaseEvent {
        /** Validates the components. */
        public Reopened {
            check(caseId, at, by);
            requireNonNull(reason, "reason");
        }
    }
}
