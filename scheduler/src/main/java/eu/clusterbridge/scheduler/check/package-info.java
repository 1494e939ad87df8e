/**
 * {@link eu.clusterbridge.scheduler.check.ScheduleChecker} verifies any schedule against its instance by
 * recomputing every rule and the objective from scratch. It imports nothing from {@code solve}, so a bug in
 * the solvers cannot be hidden by the same bug here.
 */
package eu.clusterbridge.scheduler.check;
