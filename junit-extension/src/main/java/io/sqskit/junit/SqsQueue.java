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
package io.sqskit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Creates a queue for the current test and injects its URL ({@code String}) or a {@link TestQueue}.
 *
 * <pre>{@code
 * @Test
 * void retries(@SqsQueue(name = "orders", deadLetterQueue = "orders-dlq", maxReceiveCount = 2,
 *     attributes = "VisibilityTimeout=300") TestQueue orders) { ... }
 * }</pre>
 *
 * <p>The queue lives in the test's own account, so two tests may both use the name {@code orders}.
 * In a contract run the name gets a unique prefix and the queue is deleted after the test.
 *
 * @since 0.1
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SqsQueue {

  /**
   * {@return the queue name; empty means the parameter or field name} For a FIFO queue the {@code
   * .fifo} suffix is added when missing.
   */
  String name() default "";

  /** {@return whether to create a FIFO queue ({@code FifoQueue=true})} */
  boolean fifo() default false;

  /**
   * {@return queue attributes as {@code Name=Value} pairs} For example {@code
   * "VisibilityTimeout=300"} or {@code "ContentBasedDeduplication=true"}; names are SQS attribute
   * names.
   */
  String[] attributes() default {};

  /**
   * {@return the name of a dead-letter queue to create beside this one (a FIFO one for a FIFO
   * queue) and to name in this queue's {@code RedrivePolicy}; empty for none}
   */
  String deadLetterQueue() default "";

  /**
   * {@return how many receives move a message to the {@link #deadLetterQueue}; 1 to 1000, as SQS
   * allows}
   */
  int maxReceiveCount() default 3;
}
