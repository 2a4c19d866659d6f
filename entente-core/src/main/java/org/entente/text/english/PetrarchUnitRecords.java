package org.entente.text.english;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * PETRARCH2's unit records ({@code PETR.UnitTest.records.xml}): an {@code <Environment>} naming the
 * dictionaries, then {@code <Sentence id date>} records with {@code <Text>}, a Treebank {@code
 * <Parse>} and the expected {@code <EventCoding sourcecode targetcode eventcode>} (several, or
 * {@code noevents="True"}, or {@code error="…"} where PETRARCH refuses to code the record).
 */
public record PetrarchUnitRecords(Map<String, String> environment, List<UnitRecord> records) {

  /** What a record expects. */
  public enum Expectation {
    /** the listed events */
    EVENTS,
    /** no event at all ({@code noevents="True"}, or an empty coding) */
    NO_EVENTS,
    /** PETRARCH does not code it ({@code error="bad_input_parse"}, discards, datelines) */
    NOT_CODED
  }

  /** One expected event: actor codes and CAMEO code as the record writes them. */
  public record Coding(String source, String target, String code) {
    @Override
    public String toString() {
      return source + " " + target + " " + code;
    }
  }

  /** One record; {@code parse} is null when the record has none, {@code error} its error kind. */
  public record UnitRecord(
      String id,
      LocalDate date,
      String text,
      String parse,
      Expectation expectation,
      List<Coding> expected,
      String error) {}

  public static PetrarchUnitRecords read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      Document doc = f.newDocumentBuilder().parse(in);
      Map<String, String> environment = new LinkedHashMap<>();
      NodeList envs = doc.getElementsByTagName("Environment");
      if (envs.getLength() > 0) {
        NodeList children = envs.item(0).getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
          if (children.item(i) instanceof Element e && !e.getTagName().equals("Config")) {
            environment.put(e.getTagName(), e.getTextContent().strip());
          }
        }
      }
      List<UnitRecord> records = new ArrayList<>();
      NodeList sentences = doc.getElementsByTagName("Sentence");
      for (int i = 0; i < sentences.getLength(); i++) {
        records.add(record(file, (Element) sentences.item(i)));
      }
      return new PetrarchUnitRecords(environment, List.copyOf(records));
    } catch (SAXException e) {
      throw new IOException(file + ": not well-formed XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static UnitRecord record(Path file, Element s) throws IOException {
    String id = s.getAttribute("id").strip();
    String dateText = s.getAttribute("date").strip();
    LocalDate date;
    try {
      date = LocalDate.parse(dateText, DateTimeFormatter.BASIC_ISO_DATE);
    } catch (RuntimeException e) {
      throw new IOException(
          file + ": record " + id + ": date '" + dateText + "', expected YYYYMMDD");
    }
    String text = childText(s, "Text");
    String parse = childText(s, "Parse");
    List<Coding> expected = new ArrayList<>();
    Expectation expectation = Expectation.NO_EVENTS;
    String error = null;
    NodeList codings = s.getElementsByTagName("EventCoding");
    for (int i = 0; i < codings.getLength(); i++) {
      Element c = (Element) codings.item(i);
      if (!c.getAttribute("error").isEmpty()) {
        expectation = Expectation.NOT_CODED;
        error = c.getAttribute("error");
      } else if (c.hasAttribute("eventcode")) {
        expectation = Expectation.EVENTS;
        expected.add(
            new Coding(
                c.getAttribute("sourcecode").strip(),
                c.getAttribute("targetcode").strip(),
                c.getAttribute("eventcode").strip()));
      }
    }
    return new UnitRecord(
        id,
        date,
        text == null ? "" : text.strip().replaceAll("\\s+", " "),
        parse == null || parse.isBlank() ? null : parse.strip(),
        expectation,
        List.copyOf(expected),
        error == null ? null : error.toLowerCase(Locale.ROOT));
  }

  private static String childText(Element s, String tag) {
    NodeList list = s.getElementsByTagName(tag);
    return list.getLength() == 0 ? null : list.item(0).getTextContent();
  }
}
