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
package io.sqskit.batch;

/** The three SQS actions the batcher groups, each with its batch action. */
enum Action {
  SEND("SendMessage"),
  DELETE("DeleteMessage"),
  CHANGE_VISIBILITY("ChangeMessageVisibility");

  private final String single;

  Action(String single) {
    this.single = single;
  }

  /** The single call's action name, e.g. {@code SendMessage}. */
  String single() {
    return single;
  }
}
