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

import com.ctc.wstx.stax.WstxInputFactory;
import javax.xml.stream.XMLInputFactory;

/**
 * The one place where XML parsers are configured: no DTDs, no external entities, no entity
 * expansion, so a hostile response cannot read files or blow up memory.
 */
public final class SecureXml {
  private static final XMLInputFactory INPUT_FACTORY = newInputFactory();

  private SecureXml() {}

  /** A shared, thread-safe input factory with DTD support and external entities switched off. */
  public static XMLInputFactory inputFactory() {
    return INPUT_FACTORY;
  }

  /**
   * Woodstox is named directly instead of found through {@code XMLInputFactory.newFactory()}: the
   * lookup could pick another StAX parser that happens to be on the classpath, and it slows a cold
   * start (benchmarks/README.md has the figures).
   */
  private static XMLInputFactory newInputFactory() {
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new javax.xml.stream.XMLStreamException("external entities are not allowed");
        });
    return factory;
  }
}
