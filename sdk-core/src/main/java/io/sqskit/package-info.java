/** sqskit sdk-core. */
package io.sqskit;
