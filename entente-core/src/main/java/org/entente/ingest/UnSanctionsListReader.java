package org.entente.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.SanctionsEntry;
import org.entente.domain.SanctionsEntry.EntryName;
import org.entente.domain.SanctionsList;
import org.entente.domain.SanctionsSnapshot;

/**
 * Reads the UN Security Council Consolidated List in its XML form ({@code consolidated.xml}, schema
 * {@code sc-sanctions.xsd}): {@code <CONSOLIDATED_LIST dateGenerated=…>} with {@code <INDIVIDUAL>}
 * and {@code <ENTITY>} elements, each with its {@code REFERENCE_NUMBER} ({@code KPi.066}), {@code
 * UN_LIST_TYPE} (the regime, {@code DPRK}), {@code LISTED_ON}, names, aliases and nationalities.
 * The file is streamed (StAX); each entry keeps the line of its start tag.
 *
 * <p>An entry with an unknown regime, no reference number, or a listing date that is not an XML
 * date ({@code 2006-10-14}, a time-zone suffix such as {@code 2015-04-07-04:00} allowed) is a
 * {@link Reject} naming the element and its line. Malformed XML, or a file that ends inside an
 * element, refuses the file ({@link BrokenFileException}) with the line and the open element.
 */
public final class UnSanctionsListReader {

  private static final String ROOT = "CONSOLIDATED_LIST";
  private static final Map<String, String> TYPES =
      Map.of("INDIVIDUAL", "individual", "ENTITY", "entity");
  private static final String[] NAME_PARTS = {
    "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"
  };
  private static final Pattern IMO = Pattern.compile("\\bIMO\\)? [Nn]umber:? ?(\\d{7})\\b");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final SanctionsPrograms programs;

  public UnSanctionsListReader(SanctionsPrograms programs) {
    this.programs = programs;
  }

  /**
   * Reads one file.
   *
   * @throws BrokenFileException if the XML is malformed or ends early
   * @throws IllegalArgumentException if it is well-formed XML but not a consolidated list
   */
  public SanctionsSnapshot read(SourceFile file, Rejects rejects, Progress progress) {
    progress.start("Reading " + file.name(), file.size(), "bytes");
    Deque<String> open = new ArrayDeque<>();
    long lastGood = 0;
    try (InputStream in = file.open(progress::advanceTo)) {
      // The parser closes its stream at the end of the document: kept open for the drain below.
      XMLStreamReader xml =
          factory()
              .createXMLStreamReader(
                  new java.io.FilterInputStream(in) {
                    @Override
                    public void close() {}
                  });
      try {
        LocalDate published = null;
        List<SanctionsEntry> entries = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (open.isEmpty()) {
              published = published(file, xml);
            }
            if (open.size() == 2 && TYPES.containsKey(name)) {
              Fields fields = Fields.read(xml, open);
              lastGood = xml.getLocation().getLineNumber();
              SanctionsEntry entry = entry(file, fields, rejects);
              if (entry != null) {
                Long earlier = seen.putIfAbsent(entry.entryId(), entry.line());
                if (earlier != null) {
                  rejects.add(
                      new Reject(
                          file.name(),
                          entry.line(),
                          "REFERENCE_NUMBER",
                          entry.entryId(),
                          "repeats the entry of line "
                              + earlier
                              + "; each reference is listed once",
                          fields.describe()));
                } else {
                  entries.add(entry);
                }
              }
              continue;
            }
            open.push(name);
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            open.pop();
            lastGood = xml.getLocation().getLineNumber();
          }
        }
        if (published == null) {
          throw new IllegalArgumentException(file.name() + ": empty XML document");
        }
        // The parser stops at the root's end tag; a gzip stream is whole only once its trailer
        // (CRC and length) is read, so the rest is read too: a cut there is a cut file.
        in.transferTo(OutputStream.nullOutputStream());
        return new SanctionsSnapshot(SanctionsList.UN, published, entries);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof IOException cut) {
        throw new BrokenFileException(
            file.name(),
            lastGood,
            "the data ends early (" + cut.getMessage() + "): a truncated or damaged file",
            e);
      }
      throw broken(file, e, open, lastGood);
    } catch (IOException e) {
      throw new BrokenFileException(
          file.name(), lastGood, "the data ends early (" + e.getMessage() + ")", e);
    } finally {
      progress.finish();
    }
  }

  /** A StAX factory that never reads a DTD or an external entity. */
  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  private static LocalDate published(SourceFile file, XMLStreamReader xml) {
    long line = xml.getLocation().getLineNumber();
    if (!ROOT.equals(xml.getLocalName())) {
      throw new IllegalArgumentException(
          file.name()
              + ":"
              + line
              + ": root element <"
              + xml.getLocalName()
              + ">, expected <"
              + ROOT
              + ">: not a UN Security Council consolidated list");
    }
    String generated = xml.getAttributeValue(null, "dateGenerated");
    try {
      return LocalDate.parse(generated.substring(0, Math.min(10, generated.length())));
    } catch (NullPointerException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          file.name()
              + ":"
              + line
              + ": <"
              + ROOT
              + "> attribute dateGenerated '"
              + generated
              + "': expected the list's date, e.g. 2026-02-27T00:00:09.554Z",
          e);
    }
  }

  private SanctionsEntry entry(SourceFile file, Fields f, Rejects rejects) {
    String reference = f.text("REFERENCE_NUMBER");
    if (reference.isEmpty()) {
      return f.reject(file, rejects, "REFERENCE_NUMBER", "", "expected the UN reference number");
    }
    String regime = f.text("UN_LIST_TYPE");
    if (programs.find(SanctionsList.UN, regime).isEmpty()) {
      return f.reject(
          file,
          rejects,
          "UN_LIST_TYPE",
          regime,
          "unknown regime; expected " + programs.expected(SanctionsList.UN));
    }
    String listed = f.text("LISTED_ON");
    LocalDate listedOn;
    try {
      listedOn = LocalDate.parse(listed, DateTimeFormatter.ISO_DATE);
    } catch (DateTimeParseException e) {
      return f.reject(
          file,
          rejects,
          "LISTED_ON",
          listed,
          "expected an XML date such as 2006-10-14 (a time-zone suffix such as -04:00 is allowed)");
    }
    StringBuilder name = new StringBuilder();
    for (String part : NAME_PARTS) {
      String text = f.text(part);
      if (!text.isEmpty()) {
        name.append(name.isEmpty() ? "" : " ").append(text);
      }
    }
    String primary = SPACES.matcher(name).replaceAll(" ").strip();
    if (primary.isEmpty()) {
      return f.reject(file, rejects, "FIRST_NAME", "", "expected the designated name");
    }
    List<EntryName> names = new ArrayList<>();
    names.add(new EntryName(primary, "name", "", f.line("FIRST_NAME")));
    for (Fields.Alias alias : f.aliases) {
      names.add(new EntryName(alias.name(), "alias", alias.quality(), alias.line()));
    }
    String script = f.text("NAME_ORIGINAL_SCRIPT");
    if (!script.isEmpty()) {
      names.add(new EntryName(script, "original script", "", f.line("NAME_ORIGINAL_SCRIPT")));
    }
    Matcher imo = IMO.matcher(f.text("COMMENTS1"));
    return new SanctionsEntry(
        SanctionsList.UN,
        reference,
        TYPES.get(f.element),
        primary,
        listedOn,
        List.of(regime),
        f.all("NATIONALITY/VALUE"),
        imo.find() ? imo.group(1) : null,
        names,
        f.line,
        f.element);
  }

  private static BrokenFileException broken(
      SourceFile file, XMLStreamException e, Deque<String> open, long lastGood) {
    Location at = e.getLocation();
    String where =
        at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
    String inside = open.isEmpty() ? "" : ", inside <" + open.peek() + ">";
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    // StAX prefixes its message with the position, which is given above already.
    message =
        message.replaceFirst(
            "(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    return new BrokenFileException(
        file.name(), lastGood, "malformed XML" + where + inside + ": " + message.strip(), e);
  }

  /**
   * The leaves of one {@code <INDIVIDUAL>} or {@code <ENTITY>}: text by path below the entry
   * ({@code LISTED_ON}, {@code NATIONALITY/VALUE}), each with the line of its start tag, and the
   * aliases with their quality.
   */
  private static final class Fields {
    final String element;
    final long line;
    final Map<String, List<String>> texts = new LinkedHashMap<>();
    final Map<String, Long> lines = new HashMap<>();
    final List<Alias> aliases = new ArrayList<>();

    record Alias(String name, String quality, long line) {}

    private Fields(String element, long line) {
      this.element = element;
      this.line = line;
    }

    /**
     * Reads the entry the reader's current start tag opens, up to its end tag. {@code open} holds
     * the enclosing elements and, while this runs, the entry's own, for error messages.
     */
    static Fields read(XMLStreamReader xml, Deque<String> open) throws XMLStreamException {
      Fields f = new Fields(xml.getLocalName(), xml.getLocation().getLineNumber());
      int depth = open.size();
      open.push(f.element);
      List<String> path = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      String quality = "";
      String aliasName = "";
      long aliasLine = 0;
      while (true) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          path.add(xml.getLocalName());
          open.push(xml.getLocalName());
          text.setLength(0);
          String key = String.join("/", path);
          f.lines.putIfAbsent(key, (long) xml.getLocation().getLineNumber());
          if (path.size() == 1 && xml.getLocalName().endsWith("_ALIAS")) {
            quality = "";
            aliasName = "";
            aliasLine = xml.getLocation().getLineNumber();
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text.append(xml.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          open.pop();
          if (path.isEmpty()) {
            break; // the entry's own end tag
          }
          String leaf = path.remove(path.size() - 1);
          String value = text.toString().strip();
          text.setLength(0);
          if (path.size() == 1 && path.get(0).endsWith("_ALIAS")) {
            if (leaf.equals("QUALITY")) {
              quality = value;
            } else if (leaf.equals("ALIAS_NAME")) {
              aliasName = value;
            }
          } else if (path.isEmpty() && leaf.endsWith("_ALIAS")) {
            if (!aliasName.isEmpty()) {
              f.aliases.add(new Alias(aliasName, quality, aliasLine));
            }
          } else if (!value.isEmpty()) {
            String key = path.isEmpty() ? leaf : String.join("/", path) + "/" + leaf;
            f.texts.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
          }
        }
      }
      while (open.size() > depth) {
        open.pop();
      }
      return f;
    }

    String text(String key) {
      List<String> values = texts.get(key);
      return values == null ? "" : values.get(0);
    }

    List<String> all(String key) {
      return texts.getOrDefault(key, List.of());
    }

    long line(String key) {
      return lines.getOrDefault(key, line);
    }

    String describe() {
      return "<"
          + element
          + "> at line "
          + line
          + ", REFERENCE_NUMBER "
          + text("REFERENCE_NUMBER")
          + ", DATAID "
          + text("DATAID");
    }

    SanctionsEntry reject(
        SourceFile file, Rejects rejects, String key, String value, String problem) {
      rejects.add(
          new Reject(file.name(), line(key), element + "/" + key, value, problem, describe()));
      return null;
    }
  }
}
