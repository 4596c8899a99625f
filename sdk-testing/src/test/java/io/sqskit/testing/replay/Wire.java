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
package io.sqskit.testing.replay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Speaks the raw SQS wire in one protocol and answers with the tree a botocore client builds from
 * the response, the form the recordings were taken in: members by name, ints as numbers, binary
 * values as bytes, {@code ResponseMetadata.HTTPStatusCode}, and errors as {@code Error} with {@code
 * Code}, {@code Message}, {@code Type} (plus {@code QueryErrorCode} over JSON, {@code Detail} over
 * Query). Requests are given in the JSON shape of the action's input; Query flattens them.
 */
final class Wire {

  /** The two wire protocols a recording was taken with. */
  enum Protocol {
    /** AWS JSON 1.0 ({@code [sqs]}). */
    JSON,
    /** Query with XML answers ({@code [sqs_query]}). */
    QUERY
  }

  private static final JsonFactory JSON = new JsonFactory();

  /** Request members that Query writes as flattened maps: member name to the entry's name. */
  private static final Map<String, String> QUERY_MAPS =
      Map.of(
          "Attributes", "Attribute",
          "tags", "Tag",
          "Tags", "Tag",
          "MessageAttributes", "MessageAttribute",
          "MessageSystemAttributes", "MessageSystemAttribute");

  /** Request members that Query writes as flattened lists: member name to the element's name. */
  private static final Map<String, String> QUERY_LISTS =
      Map.of(
          "AttributeNames", "AttributeName",
          "MessageAttributeNames", "MessageAttributeName",
          "MessageSystemAttributeNames", "MessageSystemAttributeName",
          "TagKeys", "TagKey",
          "AWSAccountIds", "AWSAccountId",
          "Actions", "ActionName");

  /** Response elements that stand for a flattened list, to the member botocore names. */
  private static final Map<String, String> XML_LISTS =
      Map.of(
          "Message", "Messages",
          "SendMessageBatchResultEntry", "Successful",
          "DeleteMessageBatchResultEntry", "Successful",
          "ChangeMessageVisibilityBatchResultEntry", "Successful",
          "BatchResultErrorEntry", "Failed",
          "ListMessageMoveTasksResultEntry", "Results");

  /** Response elements that stand for a flattened map entry, to the member botocore names. */
  private static final Map<String, String> XML_MAPS =
      Map.of("Attribute", "Attributes", "MessageAttribute", "MessageAttributes", "Tag", "Tags");

  private static final Set<String> XML_INTS =
      Set.of(
          "ApproximateNumberOfMessagesMoved",
          "ApproximateNumberOfMessagesToMove",
          "MaxNumberOfMessagesPerSecond",
          "StartedTimestamp");

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint;
  final Protocol protocol;

  Wire(URI endpoint, Protocol protocol) {
    this.endpoint = endpoint;
    this.protocol = protocol;
  }

  /** Sends one action and returns the botocore-shaped answer. */
  Map<String, Object> call(String action, Map<String, Object> params) {
    // A long poll the clock never ends fails the case instead of hanging the build.
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30));
    if (protocol == Protocol.JSON) {
      request
          .header("Content-Type", "application/x-amz-json-1.0")
          .header("X-Amz-Target", "AmazonSQS." + action)
          .POST(HttpRequest.BodyPublishers.ofString(json(params)));
    } else {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("Action", action);
      form.put("Version", "2012-11-05");
      flatten(action, params, form);
      StringBuilder body = new StringBuilder();
      form.forEach(
          (k, v) -> {
            if (body.length() > 0) {
              body.append('&');
            }
            body.append(enc(k)).append('=').append(enc(v));
          });
      request
          .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Map<String, Object> out =
        protocol == Protocol.JSON ? fromJson(response) : fromXml(action, response.body());
    out.put("ResponseMetadata", Map.of("HTTPStatusCode", response.statusCode()));
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------------------- JSON

  private static String json(Map<String, Object> params) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      write(g, params);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName((String) e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        write(g, o);
      }
      g.writeEndArray();
    } else if (value instanceof byte[] bytes) {
      g.writeString(Base64.getEncoder().encodeToString(bytes));
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeString(String.valueOf(value));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> fromJson(HttpResponse<byte[]> response) {
    byte[] body = response.body();
    Map<String, Object> tree =
        body.length == 0
            ? new LinkedHashMap<>()
            : (Map<String, Object>) JsonTree.parse(new String(body, StandardCharsets.UTF_8));
    if (response.statusCode() >= 300) {
      String type = String.valueOf(tree.get("__type"));
      String shortType = type.substring(type.indexOf('#') + 1);
      Map<String, Object> error = new LinkedHashMap<>();
      String code = shortType;
      String fault = "Sender";
      String queryError = response.headers().firstValue("x-amzn-query-error").orElse(null);
      if (queryError != null && queryError.contains(";")) {
        code = queryError.substring(0, queryError.indexOf(';'));
        fault = queryError.substring(queryError.indexOf(';') + 1);
      }
      error.put("Code", code);
      error.put("Message", tree.get("message"));
      error.put("QueryErrorCode", shortType);
      error.put("Type", fault);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("Error", error);
      // botocore also puts a modelled error's members at the top level: its "message".
      out.put("message", tree.get("message"));
      return out;
    }
    decodeBinary(tree);
    return tree;
  }

  /** botocore decodes blobs: MessageAttributes' BinaryValue arrives as bytes. */
  @SuppressWarnings("unchecked")
  private static void decodeBinary(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> m = (Map<String, Object>) map;
      if (m.get("BinaryValue") instanceof String s) {
        m.put("BinaryValue", Base64.getDecoder().decode(s));
      }
      m.values().forEach(Wire::decodeBinary);
    } else if (node instanceof List<?> list) {
      list.forEach(Wire::decodeBinary);
    }
  }

  // ------------------------------------------------------------------------------- Query

  private static void flatten(String action, Map<String, Object> params, Map<String, String> out) {
    params.forEach((name, value) -> flattenMember(action, "", name, value, out));
  }

  private static void flattenMember(
      String action, String prefix, String name, Object value, Map<String, String> out) {
    if (QUERY_MAPS.containsKey(name) && value instanceof Map<?, ?> map) {
      String entry = QUERY_MAPS.get(name);
      boolean tags = entry.equals("Tag");
      int i = 1;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String base = prefix + entry + "." + i++ + ".";
        out.put(base + (tags ? "Key" : "Name"), (String) e.getKey());
        if (e.getValue() instanceof Map<?, ?> v) {
          for (Map.Entry<?, ?> f : v.entrySet()) {
            out.put(base + "Value." + f.getKey(), scalar(f.getValue()));
          }
        } else {
          out.put(base + "Value", scalar(e.getValue()));
        }
      }
    } else if (QUERY_LISTS.containsKey(name) && value instanceof List<?> list) {
      int i = 1;
      for (Object o : list) {
        out.put(prefix + QUERY_LISTS.get(name) + "." + i++, scalar(o));
      }
    } else if (name.equals("Entries") && value instanceof List<?> list) {
      String entry = action + "RequestEntry";
      int i = 1;
      for (Object o : list) {
        String base = prefix + entry + "." + i++ + ".";
        ((Map<?, ?>) o).forEach((k, v) -> flattenMember(action, base, (String) k, v, out));
      }
    } else {
      out.put(prefix + name, scalar(value));
    }
  }

  private static String scalar(Object value) {
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    return String.valueOf(value);
  }

  private static Map<String, Object> fromXml(String action, byte[] body) {
    Element root;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      root = f.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
    } catch (Exception e) {
      throw new IllegalStateException(
          "unreadable XML: " + new String(body, StandardCharsets.UTF_8), e);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (root.getTagName().equals("ErrorResponse")) {
      Element error = child(root, "Error");
      Map<String, Object> e = new LinkedHashMap<>();
      for (Element c : children(error)) {
        String text = c.getTextContent();
        e.put(c.getTagName(), c.getTagName().equals("Detail") && text.isEmpty() ? null : text);
      }
      out.put("Error", e);
      return out;
    }
    Element result = child(root, action + "Result");
    return result == null ? out : structure(result);
  }

  private static Map<String, Object> structure(Element element) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Element c : children(element)) {
      String tag = c.getTagName();
      boolean inList =
          (tag.equals("QueueUrl") && element.getTagName().startsWith("List"))
              || tag.equals("queueUrl");
      boolean listMember =
          XML_LISTS.containsKey(tag)
              && !(tag.equals("Message") && !element.getTagName().equals("ReceiveMessageResult"));
      if (listMember || inList) {
        String member = inList ? (tag.equals("queueUrl") ? "queueUrls" : "QueueUrls") : null;
        @SuppressWarnings("unchecked")
        List<Object> list =
            (List<Object>)
                out.computeIfAbsent(
                    member != null ? member : XML_LISTS.get(tag), k -> new ArrayList<>());
        list.add(inList ? c.getTextContent() : structure(c));
      } else if (XML_MAPS.containsKey(tag)) {
        boolean tags = tag.equals("Tag");
        String key = child(c, tags ? "Key" : "Name").getTextContent();
        Element valueElement = child(c, "Value");
        Object value =
            tag.equals("MessageAttribute") ? attributeValue(valueElement) : text(valueElement);
        @SuppressWarnings("unchecked")
        Map<String, Object> map =
            (Map<String, Object>)
                out.computeIfAbsent(XML_MAPS.get(tag), k -> new LinkedHashMap<>());
        map.put(key, value);
      } else if (XML_INTS.contains(tag)) {
        out.put(tag, Long.parseLong(c.getTextContent()));
      } else if (tag.equals("SenderFault")) {
        out.put(tag, Boolean.parseBoolean(c.getTextContent()));
      } else {
        out.put(tag, c.getTextContent());
      }
    }
    return out;
  }

  private static String text(Element e) {
    return e == null ? "" : e.getTextContent();
  }

  private static Map<String, Object> attributeValue(Element value) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Element c : children(value)) {
      out.put(
          c.getTagName(),
          c.getTagName().equals("BinaryValue")
              ? Base64.getDecoder().decode(c.getTextContent().strip())
              : c.getTextContent());
    }
    return out;
  }

  private static Element child(Element parent, String name) {
    for (Element c : children(parent)) {
      if (c.getTagName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }
}
