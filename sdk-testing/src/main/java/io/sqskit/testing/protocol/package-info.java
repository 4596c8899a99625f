/**
 * What both wire protocols share: the generated table of SQS action shapes with their JSON and
 * Query/XML names, and the wire form of errors. Knows nothing of HTTP or of queue state.
 */
package io.sqskit.testing.protocol;
