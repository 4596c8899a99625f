/** sqskit junit-extension. */
package io.sqskit.junit;
