/** sqskit sdk-testing. */
package io.sqskit.testing;
