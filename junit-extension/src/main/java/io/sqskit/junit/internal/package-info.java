/** Implementation of the sqskit JUnit extension; no compatibility promise. */
package io.sqskit.junit.internal;
