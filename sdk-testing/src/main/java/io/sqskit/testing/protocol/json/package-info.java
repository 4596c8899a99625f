/**
 * AWS JSON 1.0: request bodies in, JSON answers and {@code __type} errors out (jackson-core
 * streaming).
 */
package io.sqskit.testing.protocol.json;
