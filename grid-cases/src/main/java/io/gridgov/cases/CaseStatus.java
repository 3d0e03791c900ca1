package io.gridgov.cases;

/**
 * Where a case stands (案件状态). Every status belongs to exactly one {@link Phase}: open, closed,
 * cancelled or rejected.
 */
public enum CaseStatus {
    /** Reported, not yet filed (待立案). */
    REPORTED(Phase.OPEN),
    /** Filed, not yet dispatched (已立案, 待派遣). */
    ACCEPTED(Phase.OPEN),
    /** Dispatched, being handled (处置中), also after a failed verification (返工). */
    DISPATCHED(Phase.OPEN),
    /** Handled, awaiting verification (待核查). */
    HANDLED(Phase.OPEN),
    /** Verified, awaiting closure (待结案). */
    VERIFIED(Phase.OPEN),
    /** Postponed with approval (缓办). */
    POSTPONED(Phase.OPEN),
    /** Closed and struck off (已结案/已销号). */
    CLOSED(Phase.CLOSED),
    /** Cancelled (已撤销). */
    CANCELLED(Phase.CANCELLED),
    /** Not filed (不予立案). */
    REJECTED(Phase.REJECTED);

    /** The four phases a reported case is exactly one of. */
    public enum Phase {
        /** Still on the lists. */
        OPEN,
        /** Closed. */
        CLOSED,
        /** Cancelled. */
        CANCELLED,
        /** Rejected. */
        REJECTED
    }

    private final Phase phase;

    CaseStatus(Phase phase) {
        this.phase = phase;
    }

    /** {@return the phase} */
    public Phase phase() {
        return phase;
    }

    /** {@return whether the case is open} */
    public boolean isOpen() {
        return phase == Phase.OPEN;
    }
}
