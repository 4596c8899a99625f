/** sqskit benchmarks. */
package io.sqskit.benchmarks;
