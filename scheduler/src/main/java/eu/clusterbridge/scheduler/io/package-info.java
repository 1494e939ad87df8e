/**
 * Reading and writing the engine's inputs and outputs: the published MiniZinc data files ({@link
 * eu.clusterbridge.scheduler.io.DznReader}), {@code b2b-instance/1} JSON ({@link
 * eu.clusterbridge.scheduler.io.InstanceJsonReader}, {@link eu.clusterbridge.scheduler.io.InstanceJsonWriter}) and
 * {@code b2b-schedule/1} JSON ({@link eu.clusterbridge.scheduler.io.ScheduleJson}). Every fault in the input is one
 * {@link eu.clusterbridge.scheduler.io.InstanceFormatException} naming the field or line at fault.
 */
package eu.clusterbridge.scheduler.io;
