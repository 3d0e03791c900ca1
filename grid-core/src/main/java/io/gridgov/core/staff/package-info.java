/**
 * Staffing (人员配置): {@link io.gridgov.core.staff.Role roles} such as 网格长 and 网格员,
 * {@link io.gridgov.core.staff.Person people}, and time-bounded
 * {@link io.gridgov.core.staff.Assignment assignments}. Immutable and thread-safe.
 */
package io.gridgov.core.staff;
