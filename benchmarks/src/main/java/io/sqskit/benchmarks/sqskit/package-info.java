/**
 * The benchmark contenders that use sqskit's own API (sdk-core's SqsClient, sdk-testing's
 * SqsServer). The harnesses load these classes by name, so they still run, and say "not measured",
 * when this package is left out of the build.
 */
package io.sqskit.benchmarks.sqskit;
