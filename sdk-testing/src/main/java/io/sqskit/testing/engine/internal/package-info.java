/**
 * Engine internals, no compatibility promise: queue state and its message structures, attribute
 * validation, the action implementations, digests and ids.
 */
package io.sqskit.testing.engine.internal;
