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
package io.sqskit.testing.server;

import io.sqskit.testing.protocol.Operation;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The SQS actions: checks the signature (when strict), reads the action with the request's codec,
 * runs it and writes the answer.
 */
final class SqsActions extends WireHandler {

  private final Dispatcher dispatcher;
  private final @Nullable SigV4Verifier verifier;

  /**
   * @param dispatcher runs actions, with the fault rules around it
   * @param verifier checks signatures, or null to accept any (the default)
   */
  SqsActions(Dispatcher dispatcher, @Nullable SigV4Verifier verifier, int maxRequestBytes) {
    super(maxRequestBytes);
    this.dispatcher = dispatcher;
    this.verifier = verifier;
  }

  @Override
  WireCodec codec(ServerRequest request) {
    return WireCodec.of(request);
  }

  @Override
  ServerResponse answer(ServerRequest request, Caller caller, WireCodec codec, String requestId) {
    if (verifier != null) {
      verifier.verify(request);
    }
    Operation operation = codec.operation();
    Map<String, Object> input = codec.input(operation, caller.baseUrl());
    Map<String, Object> output = dispatcher.execute(caller.context(), operation.name(), input);
    return codec.answer(operation, output, requestId);
  }
}
