package io.gridgov.duty;

/** How an obligation was met (履职状态). */
public enum Status {
    /** 完成: the required count (or minutes) was reached within the window. */
    FULFILLED,
    /** 逾期完成: reached only with activities done after the window, within the duty's grace days. */
    LATE,
    /** 部分完成: something was done, not enough. */
    PARTLY,
    /** 未完成: nothing was done. */
    MISSED
}
