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
 * What both wire protocols share: the generated table of SQS action shapes with their JSON and
 * Query/XML names, and the wire form of errors. Knows nothing of HTTP or of queue state.
 *
 * <p><b>Internal</b>, as are {@code .json} and {@code .query} below it: public only so that the
 * fake's front can use it; no compatibility promise, left out of the Javadoc (and of API checks,
 * like every {@code internal} package). Use {@link io.sqskit.testing.server.SqsServer} or its
 * {@link io.sqskit.testing.server.DirectCalls} instead.
 */
package io.sqskit.testing.protocol;
