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
package io.sqskit.testing.protocol;

import org.jspecify.annotations.Nullable;

/**
 * One member of a structure shape: its JSON name, its Query/XML name and how it nests.
 *
 * @param name the member name in the JSON model and in the engine's tree
 * @param wireName the Query parameter prefix and XML element name
 * @param kind scalar or structure value, list, or map
 * @param shape the value's shape (the element shape for lists, the value shape for maps)
 * @param keyShape the key shape of a map, else null
 * @param flattened whether a list or map is flattened (elements repeat the member's own name)
 * @param elementName for a list that is not flattened, the element name; for a map, the key name
 * @param valueName for a map, the value name, else null
 */
public record Member(
    String name,
    String wireName,
    Kind kind,
    Shape shape,
    @Nullable Shape keyShape,
    boolean flattened,
    @Nullable String elementName,
    @Nullable String valueName) {

  /** How a member's value nests. */
  public enum Kind {
    /** One value of {@link Member#shape()}. */
    SINGLE,
    /** A {@code List<Object>} of values of {@link Member#shape()}. */
    LIST,
    /** A {@code Map<String, Object>} from keys to values of {@link Member#shape()}. */
    MAP
  }

  /** A scalar or structure member. */
  public static Member of(String name, String wireName, Shape shape) {
    return new Member(name, wireName, Kind.SINGLE, shape, null, false, null, null);
  }

  /** A list member; {@code elementName} is used only when the list is not flattened. */
  public static Member list(
      String name,
      String wireName,
      Shape element,
      boolean flattened,
      @Nullable String elementName) {
    return new Member(name, wireName, Kind.LIST, element, null, flattened, elementName, null);
  }

  /** A map member, its entries spelled {@code <wireName>.N.<keyName>} when flattened. */
  public static Member map(
      String name,
      String wireName,
      Shape key,
      Shape value,
      boolean flattened,
      String keyName,
      String valueName) {
    return new Member(name, wireName, Kind.MAP, value, key, flattened, keyName, valueName);
  }

  /** The key name of a map member. */
  public @Nullable String keyName() {
    return elementName;
  }
}
