package org.entente.report;

import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.entente.analyze.Alert;
import org.entente.analyze.DyadChange;

/**
 * The alerts as an Atom 1.0 feed (RFC 4287): one entry per alert, newest first, each linking to the
 * pair's page of the web UI and carrying the change and its evidence as text. Ids are tag URIs (RFC
 * 4151) of the store's alert numbers, stable across requests.
 */
public final class AtomFeed {

  /** The Atom namespace. */
  public static final String NS = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /**
   * Writes the feed.
   *
   * @param base the server's address, ending in {@code /}: links are made from it
   * @param store the store's name, part of every id so that two stores' feeds never share one
   * @param updated when the feed last changed: the newest alert, or the store's last import
   */
  public static void write(
      List<Alert> alerts, URI base, String store, Instant updated, OutputStream out) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(NS);
      text(xml, "id", "tag:entente,2026:" + store + ":alerts");
      text(xml, "title", "Entente: alerts on watched pairs");
      text(xml, "updated", stamp(updated));
      xml.writeStartElement("author");
      text(xml, "name", "Entente");
      xml.writeEndElement();
      link(xml, "self", base.resolve("feeds/alerts.atom").toString());
      link(xml, "alternate", base.toString());
      for (Alert alert : alerts) {
        entry(xml, alert, base, store);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
    }
  }

  private static void entry(XMLStreamWriter xml, Alert alert, URI base, String store)
      throws XMLStreamException {
    DyadChange c = alert.change();
    xml.writeStartElement("entry");
    text(xml, "id", "tag:entente,2026:" + store + ":alert:" + alert.id());
    text(xml, "title", title(c));
    text(xml, "updated", stamp(alert.raisedAt()));
    link(xml, "alternate", base.resolve("dyad.html?a=" + c.a() + "&b=" + c.b()).toString());
    StringBuilder summary =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s of %s–%s from %s: mean %.3f (%s …) → %.3f (… %s).",
                c.measure().key(),
                c.a(),
                c.b(),
                c.date(),
                c.before(),
                c.beforeFrom(),
                c.after(),
                c.afterTo()));
    for (String item : c.evidence()) {
      summary.append('\n').append(item);
    }
    text(xml, "summary", summary.toString());
    xml.writeEndElement();
  }

  /** {@code CHN–RUS: events fell in 2019-05}. */
  public static String title(DyadChange c) {
    return c.a()
        + "–"
        + c.b()
        + ": "
        + c.measure().key()
        + (c.rise() ? " rose" : " fell")
        + " in "
        + c.date();
  }

  private static void text(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(xmlText(value));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
  }

  /** The text with each character XML 1.0 forbids (C0 controls but tab and line ends) as U+FFFD. */
  static String xmlText(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean allowed =
          ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF);
      if (!allowed && sb == null) {
        sb = new StringBuilder(text.substring(0, i));
      }
      if (sb != null) {
        sb.append(allowed ? ch : '\uFFFD');
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static String stamp(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
