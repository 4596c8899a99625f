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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alters the message digests of an answer (an injected corruption): {@code MD5OfMessageBody} and
 * {@code MD5OfMessageAttributes} of SendMessage and of each SendMessageBatch success, {@code
 * MD5OfBody} and {@code MD5OfMessageAttributes} of each received message. The tree is copied, never
 * changed in place.
 */
final class Md5Corruption {

  private static final String[] DIGESTS = {
    "MD5OfMessageBody", "MD5OfBody", "MD5OfMessageAttributes"
  };
  private static final String[] LISTS = {"Successful", "Messages"};

  private Md5Corruption() {}

  static Map<String, Object> apply(Map<String, Object> output) {
    Map<String, Object> out = corruptDigests(output);
    for (String list : LISTS) {
      if (out.get(list) instanceof List<?> entries) {
        List<Object> changed = new ArrayList<>(entries.size());
        for (Object entry : entries) {
          changed.add(entry instanceof Map<?, ?> map ? corruptDigests(cast(map)) : entry);
        }
        out.put(list, changed);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  private static Map<String, Object> corruptDigests(Map<String, Object> tree) {
    Map<String, Object> out = new LinkedHashMap<>(tree);
    for (String key : DIGESTS) {
      if (out.get(key) instanceof String digest) {
        out.put(key, flip(digest));
      }
    }
    return out;
  }

  /** Every hex digit replaced by its complement (0 by f, 1 by e, ...): never the same digest. */
  static String flip(String hex) {
    char[] chars = hex.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      int digit = Character.digit(chars[i], 16);
      chars[i] = digit < 0 ? chars[i] : Character.forDigit(15 - digit, 16);
    }
    return new String(chars);
  }
}
