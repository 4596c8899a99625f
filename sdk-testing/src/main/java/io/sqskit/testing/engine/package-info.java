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
 * The fake SQS engine: {@link io.sqskit.testing.engine.SqsEngine} runs the 23 SQS actions on
 * request trees (or through a small typed fast path), with every time rule on an injected clock
 * ({@link io.sqskit.testing.engine.ManualClock} in tests) and no HTTP types. Errors are {@link
 * io.sqskit.testing.engine.SqsError}s carrying an entry of the {@link
 * io.sqskit.testing.engine.SqsErrorCode} table.
 *
 * @since 0.1
 */
package io.sqskit.testing.engine;
