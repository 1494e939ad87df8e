/**
 * Explains, for every meeting a schedule leaves out, why it could not be held, in words an organiser can act
 * on (free a slot, raise a cap, add a table). Reads only the instance and the schedule; it neither solves nor
 * trusts the solver, so the reasons hold for any schedule, whoever produced it.
 */
package eu.clusterbridge.scheduler.explain;
