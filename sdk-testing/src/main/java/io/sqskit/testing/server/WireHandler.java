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

import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import io.sqskit.testing.protocol.RequestIds;
import io.sqskit.testing.protocol.WireError;
import io.sqskit.testing.protocol.WireException;

/**
 * A handler that speaks SQS's protocols: a request id and a codec per request, and every failure
 * answered in that codec as the SQS error it stands for, never as a stack trace.
 */
abstract class WireHandler implements Handler {

  /**
   * Looked up on first use only: the first System.getLogger call starts java.util.logging, which is
   * a visible part of a server's start (benchmarks/README.md, "What moved the figures"), and this
   * class rarely logs at all.
   */
  private static final class Log {
    static final System.Logger LOG = System.getLogger(WireHandler.class.getName());
  }

  private final int maxRequestBytes;

  WireHandler(int maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  /** The protocol of a request to this handler. */
  abstract WireCodec codec(ServerRequest request);

  /** The answer to a request of a bounded size; errors are thrown. */
  abstract ServerResponse answer(
      ServerRequest request, Caller caller, WireCodec codec, String requestId);

  @Override
  public final ServerResponse handle(ServerRequest request, Caller caller) {
    String requestId = RequestIds.next();
    WireCodec codec = codec(request);
    try {
      if (request.body().length > maxRequestBytes) {
        throw tooLarge();
      }
      return answer(request, caller, codec, requestId);
    } catch (DroppedConnection e) {
      throw e;
    } catch (SqsError e) {
      return codec.error(WireError.of(e), requestId);
    } catch (WireException e) {
      return codec.error(e.error(), requestId);
    } catch (RuntimeException | Error e) {
      // Errors too (a missing class, a deep recursion): the client still gets an SQS answer
      // instead of a dropped connection.
      Log.LOG.log(System.Logger.Level.ERROR, "Internal failure answering request " + requestId, e);
      return codec.error(WireError.of(internalFailure()), requestId);
    }
  }

  static SqsError internalFailure() {
    // Message: the description of InternalFailure in the SQS API Reference's Common Errors.
    return new SqsError(
        SqsErrorCode.INTERNAL_FAILURE,
        "The request processing has failed because of an unknown error, exception or failure.");
  }

  private SqsError tooLarge() {
    // Our own bound, well above SQS's 1 MiB message and batch limits even when form-encoded; SQS
    // documents no error for a request body over its front end's limit, so the closest one is used.
    return new SqsError(
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        "One or more parameters are invalid. Reason: Request must be shorter than "
            + maxRequestBytes
            + " bytes.");
  }
}
