/**
 * AWS JSON 1.0 for SQS: request bodies written and answers read with jackson-core's streaming API,
 * member names as in the JSON service model, errors from {@code __type} and the {@code
 * x-amzn-query-error} header.
 */
package io.sqskit.internal.protocol.json;
