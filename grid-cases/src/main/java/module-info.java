/**
 * GridGov cases (案件闭环): problems reported, located to grids, dispatched with time limits on the
 * work calendar, handled, verified and closed; automatic escalation up the tree; the three lists;
 * statistics and facts for scoring. Depends on grid-core only; locating by point goes through
 * {@link io.gridgov.cases.PointLocator}, which grid-geo's {@code GridLocator} fills from the caller.
 */
module io.gridgov.cases {
    requires transitive io.gridgov.core;
    requires org.slf4j;

    exports io.gridgov.cases;

}
