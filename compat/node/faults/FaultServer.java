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
// Starts the sqskit fake (classes from server.jar, unmodified) with fault rules so the SDK can see the
// error codes no ordinary request produces (OverLimit, UnsupportedOperation, RequestThrottled, KMS, 5xx).
// Run: java -cp sdk-testing/target/sdk-testing-<version>-server.jar compat/node/faults/FaultServer.java <port>
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.engine.SqsErrorCode;
import io.sqskit.testing.server.Fault;
import io.sqskit.testing.server.SqsServer;

public class FaultServer {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    SqsServer server = SqsServer.builder().engine(SqsEngine.builder().build()).port(port).build().start();
    server.faults()
        .add(Fault.error(SqsErrorCode.OVER_LIMIT).action("TagQueue"))
        .add(Fault.error(SqsErrorCode.OVER_LIMIT).action("AddPermission"))
        .add(Fault.error(SqsErrorCode.UNSUPPORTED_OPERATION).action("SendMessage").queue("unsup"))
        .add(Fault.error(SqsErrorCode.KMS_ACCESS_DENIED).action("SendMessage").queue("kms"))
        .add(Fault.error(SqsErrorCode.KMS_THROTTLED).action("ReceiveMessage").queue("kms"))
        .add(Fault.throttle().action("ListQueueTags"))
        .add(Fault.internalError().action("PurgeQueue"))
        .add(Fault.serviceUnavailable().action("ListDeadLetterSourceQueues"));
    System.out.println("listening on " + server.endpoint());
    System.out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    Thread.currentThread().join();
  }
}
