/**
 * Realistic, over-subscribed {@code select} instances, deterministic by family and seed, for benchmarks and
 * tests: {@code small}, {@code regional-brokerage}, {@code book-fair}, {@code hosted-buyer}
 * (see {@link eu.clusterbridge.scheduler.generate.Family}).
 */
package eu.clusterbridge.scheduler.generate;
