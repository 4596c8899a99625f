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
package io.sqskit.internal.protocol.xml;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A small pull cursor over a StAX reader for reading Query responses element by element.
 *
 * <p>Callers walk the tree with {@link #nextChild()}: it returns the local name of the next child
 * element of the current element, or null once that element ends. {@link #text()} reads a leaf and
 * {@link #skip()} passes over an element the caller does not know, with everything inside it.
 */
final class XmlCursor implements AutoCloseable {
  private final XMLStreamReader reader;

  private XmlCursor(XMLStreamReader reader) {
    this.reader = reader;
  }

  /** A cursor positioned before the root element, on a parser from {@link SecureXml}. */
  static XmlCursor open(byte[] xml) throws XMLStreamException {
    return new XmlCursor(
        SecureXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(xml)));
  }

  /** Moves to the root element and returns its local name; null for a document with none. */
  @Nullable String root() throws XMLStreamException {
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamConstants.START_ELEMENT) {
        return reader.getLocalName();
      }
    }
    return null;
  }

  /**
   * Moves to the next child start element and returns its local name, or returns null after
   * consuming the end of the current element.
   */
  @Nullable String nextChild() throws XMLStreamException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return reader.getLocalName();
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return null;
      }
    }
    return null;
  }

  /**
   * Reads the text of the current leaf element and consumes its end; nested elements are skipped.
   */
  String text() throws XMLStreamException {
    StringBuilder text = null;
    String first = null;
    int depth = 0;
    while (reader.hasNext()) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (depth == 0) {
            String chunk = reader.getText();
            if (first == null) {
              first = chunk;
            } else {
              if (text == null) {
                text = new StringBuilder(first);
              }
              text.append(chunk);
            }
          }
        }
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth == 0) {
            return text != null ? text.toString() : first == null ? "" : first;
          }
          depth--;
        }
        default -> {}
      }
    }
    throw new XMLStreamException("document ended inside an element");
  }

  /** Consumes the current element and everything inside it. */
  void skip() throws XMLStreamException {
    int depth = 0;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == 0) {
          return;
        }
        depth--;
      }
    }
    throw new XMLStreamException("document ended inside an element");
  }

  @Override
  public void close() throws XMLStreamException {
    reader.close();
  }
}
