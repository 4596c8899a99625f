/*
 * Copyright 2026 The sqskit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
/**
 * The JUnit 5 extension for SQS tests: {@link io.sqskit.junit.SqsTest} (or {@link
 * io.sqskit.junit.SqsExtension} registered programmatically) starts the in-JVM fake once per run,
 * gives each test its own account, and injects clients, {@link io.sqskit.junit.SqsEndpoint}s and
 * {@link io.sqskit.junit.SqsQueue} queues; {@link io.sqskit.junit.TestQueue} waits for and inspects
 * messages. With {@code SQS_TEST_ENDPOINT} set, the same tests run against a real endpoint.
 *
 * <p>Needs only {@code junit-jupiter-api} and {@code sdk-testing} at run time; {@code sdk-core} and
 * the AWS SDK for Java v2 are used when the test classpath has them.
 */
package io.sqskit.junit;
