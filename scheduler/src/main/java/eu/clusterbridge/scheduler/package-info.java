/**
 * The B2B meeting scheduling engine: which requested meetings happen, in which slot and at which table.
 * Pure Java, no Spring: {@code model} holds the problem and its answer, {@code io} reads the published
 * {@code .dzn} files and the {@code b2b-instance/1} / {@code b2b-schedule/1} JSON formats, {@code solve}
 * holds the CP-SAT models, heuristics and bounds, {@code check} re-verifies any schedule independently,
 * and {@code cli} is the command-line tool. OR-Tools types never leave this module.
 */
package eu.clusterbridge.scheduler;
