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
package io.sqskit.testing.protocol.query;

import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import io.sqskit.testing.protocol.Member;
import io.sqskit.testing.protocol.Shape;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns flattened Query parameters ({@code Attribute.1.Name=...}) into the engine's request tree.
 *
 * <p>Parameters that name no member of the action are ignored, as are list entries whose index is
 * not a positive integer (a Query client never sends either).
 */
public final class QueryRequestReader {

  private QueryRequestReader() {}

  /** One parameter below some prefix: the rest of its name (null at a leaf) and its value. */
  private record Param(@Nullable String rest, String value, String fullName) {}

  /**
   * Reads the tree of {@code input} from all of a request's parameters.
   *
   * @throws SqsError InvalidParameterValue for a number or base64 value that cannot be read
   */
  public static Map<String, Object> read(Shape input, Map<String, String> params) {
    List<Param> all = new ArrayList<>(params.size());
    for (Map.Entry<String, String> e : params.entrySet()) {
      all.add(new Param(e.getKey(), e.getValue(), e.getKey()));
    }
    return readStructure(input, all);
  }

  private static Map<String, Object> readStructure(Shape shape, List<Param> params) {
    // Keyed by member name, not by Member: a record's hashCode is bootstrapped through method
    // handles on first use, which costs start-up time for nothing here.
    Map<String, List<Param>> groups = new LinkedHashMap<>();
    for (Param p : params) {
      if (p.rest() == null) {
        continue;
      }
      String name = p.rest();
      int dot = name.indexOf('.');
      String head = dot < 0 ? name : name.substring(0, dot);
      Member member = shape.memberByWireName(head);
      if (member == null) {
        continue;
      }
      String rest = dot < 0 ? null : name.substring(dot + 1);
      List<Param> group = groups.get(member.name());
      if (group == null) {
        group = new ArrayList<>(4);
        groups.put(member.name(), group);
      }
      group.add(new Param(rest, p.value(), p.fullName()));
    }
    Map<String, Object> tree = new LinkedHashMap<>(groups.size() * 2);
    for (Map.Entry<String, List<Param>> group : groups.entrySet()) {
      // Non-null: the keys are the names of members of this shape, found above.
      Member member = Objects.requireNonNull(shape.member(group.getKey()));
      Object value = readMember(member, group.getValue());
      if (value != null) {
        tree.put(member.name(), value);
      }
    }
    return tree;
  }

  private static @Nullable Object readMember(Member member, List<Param> params) {
    switch (member.kind()) {
      case LIST:
        return readList(member, params);
      case MAP:
        return readMap(member, params);
      default:
        return readValue(member.shape(), params);
    }
  }

  /** A scalar from the parameter at this exact name, or a structure from those below it. */
  private static @Nullable Object readValue(Shape shape, List<Param> params) {
    if (shape.type() == Shape.Type.STRUCTURE) {
      return readStructure(shape, params);
    }
    Param leaf = null;
    for (Param p : params) {
      if (p.rest() == null) {
        leaf = p;
      }
    }
    return leaf == null ? null : scalar(shape, leaf.value(), leaf.fullName());
  }

  private static List<Object> readList(Member member, List<Param> params) {
    TreeMap<Integer, List<Param>> byIndex =
        group(params, member.flattened() ? null : member.elementName());
    List<Object> list = new ArrayList<>(byIndex.size());
    for (List<Param> element : byIndex.values()) {
      Object value = readValue(member.shape(), element);
      if (value != null) {
        list.add(value);
      }
    }
    return list;
  }

  private static Map<String, Object> readMap(Member member, List<Param> params) {
    TreeMap<Integer, List<Param>> byIndex = group(params, member.flattened() ? null : "entry");
    Map<String, Object> map = new LinkedHashMap<>(byIndex.size() * 2);
    // Non-null: a map member names its values (Member.map).
    String valueName = Objects.requireNonNull(member.valueName());
    for (List<Param> entry : byIndex.values()) {
      String key = null;
      List<Param> value = new ArrayList<>(4);
      for (Param p : entry) {
        if (p.rest() == null) {
          continue;
        }
        String rest = p.rest();
        if (rest.equals(member.keyName())) {
          key = p.value();
        } else if (rest.equals(valueName)) {
          value.add(new Param(null, p.value(), p.fullName()));
        } else if (rest.startsWith(valueName) && rest.charAt(valueName.length()) == '.') {
          value.add(new Param(rest.substring(valueName.length() + 1), p.value(), p.fullName()));
        }
      }
      if (key != null) {
        Object v = readValue(member.shape(), value);
        if (v != null) {
          map.put(key, v);
        }
      }
    }
    return map;
  }

  /**
   * Groups parameters {@code [wrapper.]N[.rest]} by their 1-based index N, in index order; a
   * parameter naming the list itself (an empty list, as botocore sends it) yields no element.
   */
  @SuppressWarnings("NonApiType") // private: callers rely on the sorted order
  private static TreeMap<Integer, List<Param>> group(List<Param> params, @Nullable String wrapper) {
    TreeMap<Integer, List<Param>> byIndex = new TreeMap<>();
    for (Param p : params) {
      String name = p.rest();
      if (name == null) {
        continue;
      }
      if (wrapper != null) {
        if (!name.startsWith(wrapper)
            || name.length() <= wrapper.length()
            || name.charAt(wrapper.length()) != '.') {
          continue;
        }
        name = name.substring(wrapper.length() + 1);
      }
      int dot = name.indexOf('.');
      String digits = dot < 0 ? name : name.substring(0, dot);
      int index = index(digits);
      if (index < 1) {
        continue;
      }
      String rest = dot < 0 ? null : name.substring(dot + 1);
      List<Param> element = byIndex.get(index);
      if (element == null) {
        element = new ArrayList<>(4);
        byIndex.put(index, element);
      }
      element.add(new Param(rest, p.value(), p.fullName()));
    }
    return byIndex;
  }

  private static int index(String digits) {
    if (digits.isEmpty() || digits.length() > 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static Object scalar(Shape shape, String text, String parameter) {
    switch (shape.type()) {
      case INTEGER:
        try {
          return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
          throw invalid(text, parameter, "Must be an integer.");
        }
      case LONG:
        try {
          return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
          throw invalid(text, parameter, "Must be an integer.");
        }
      case BOOLEAN:
        if ("true".equalsIgnoreCase(text)) {
          return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(text)) {
          return Boolean.FALSE;
        }
        throw invalid(text, parameter, "Must be true or false.");
      case BLOB:
        try {
          return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
          throw invalid(text, parameter, "Must be base64-encoded.");
        }
      default:
        return text;
    }
  }

  /**
   * SQS's sentence for a bad parameter ("Value X for parameter Y is invalid. Reason: Z.", as in the
   * recorded answers); the reasons for unreadable numbers and base64 are our own wording.
   */
  private static SqsError invalid(String text, String parameter, String reason) {
    return new SqsError(
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        "Value " + text + " for parameter " + parameter + " is invalid. Reason: " + reason);
  }
}
