/** The Query protocol: form parameters in, XML answers and ErrorResponse documents out. */
package io.sqskit.testing.protocol.query;
