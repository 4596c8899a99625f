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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One SQS model shape: a scalar, or a structure with its members (lists and maps are members).
 *
 * <p>Instances are immutable and built once, in {@link SqsShapes}.
 */
public final class Shape {

  /** What a value of the shape is in the engine's tree. */
  public enum Type {
    /** {@code String}. */
    STRING,
    /** {@code Integer}. */
    INTEGER,
    /** {@code Long}. */
    LONG,
    /** {@code Boolean}. */
    BOOLEAN,
    /** {@code byte[]}, base64 on the wire. */
    BLOB,
    /** {@code Map<String, Object>} keyed by member name. */
    STRUCTURE
  }

  public static final Shape STRING = new Shape(Type.STRING, List.of());
  public static final Shape INTEGER = new Shape(Type.INTEGER, List.of());
  public static final Shape LONG = new Shape(Type.LONG, List.of());
  public static final Shape BOOLEAN = new Shape(Type.BOOLEAN, List.of());
  public static final Shape BLOB = new Shape(Type.BLOB, List.of());

  private final Type type;
  private final List<Member> members;
  private final Map<String, Member> byName;
  private final Map<String, Member> byWireName;

  private Shape(Type type, List<Member> members) {
    this.type = type;
    this.members = members;
    this.byName = new HashMap<>();
    this.byWireName = new HashMap<>();
    for (Member member : members) {
      byName.put(member.name(), member);
      byWireName.put(member.wireName(), member);
    }
    // Query clients disagree on some names (botocore sends TagQueue's tags as Tag.N.Key, the AWS
    // SDK for Java v1 as Tags.N.Key), so the JSON member name is accepted as a Query alias too.
    for (Member member : members) {
      byWireName.putIfAbsent(member.name(), member);
    }
  }

  /** A structure with the given members, in model order. */
  public static Shape structure(Member... members) {
    return new Shape(Type.STRUCTURE, List.of(members));
  }

  public Type type() {
    return type;
  }

  /** The members of a structure in model order; empty for scalars. */
  public List<Member> members() {
    return members;
  }

  /** The member with this JSON (engine) name, or null. */
  public @Nullable Member member(String name) {
    return byName.get(name);
  }

  /** The member with this Query/XML name (or its JSON name as an alias), or null. */
  public @Nullable Member memberByWireName(String wireName) {
    return byWireName.get(wireName);
  }
}
