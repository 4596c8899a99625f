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
 * The seam between the client and the wire: {@link io.sqskit.internal.protocol.SqsProtocol}, one
 * object per client that encodes requests, decodes answers and maps error answers, with a Query
 * ({@code query}, {@code xml}) and an AWS JSON 1.0 ({@code json}) implementation.
 */
package io.sqskit.internal.protocol;
