/**
 * Requests, responses and values of the 23 SQS actions: immutable final classes with a nested
 * {@code Builder} for requests and responses, records for small values, enums for fixed name sets.
 *
 * <p>Names coming back from SQS (attribute names, task states) stay strings, so values added to SQS
 * later are never rejected; the enums offer the known ones.
 *
 * @since 0.1
 */
package io.sqskit.model;
