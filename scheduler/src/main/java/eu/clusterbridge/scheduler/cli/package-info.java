/**
 * The {@code scheduler} command-line tool ({@link eu.clusterbridge.scheduler.cli.SchedulerCli}): solve, check,
 * bench, generate and explain. Exit codes: 0 success, 1 invalid schedule, 2 bad input, 3 unexpected failure.
 */
package eu.clusterbridge.scheduler.cli;
