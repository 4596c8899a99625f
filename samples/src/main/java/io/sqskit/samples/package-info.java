/** sqskit samples. */
package io.sqskit.samples;
