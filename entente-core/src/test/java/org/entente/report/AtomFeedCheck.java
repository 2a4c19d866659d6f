package org.entente.report;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The rules of Atom 1.0 (RFC 4287) a feed must keep, checked on the parsed XML: what the RELAX NG
 * schema of its Appendix B requires of {@code atom:feed} and {@code atom:entry}, and the MUSTs of
 * the text the schema cannot state. The problems found, none for a valid feed.
 *
 * <ul>
 *   <li>§4.1.1: the feed has exactly one {@code id}, {@code title} and {@code updated}, an {@code
 *       author} unless every entry has one, and at most one {@code link rel="alternate"};
 *   <li>§4.1.2: each entry has exactly one {@code id}, {@code title} and {@code updated}, and a
 *       {@code content} or a {@code link rel="alternate"}, a {@code summary} when its content is
 *       not inline (here: always given);
 *   <li>§3.3: every date is an RFC 3339 date-time, with an upper-case T and Z;
 *   <li>§4.2.6: every id is an absolute IRI;
 *   <li>§4.2.7: every link has an {@code href}; §3.2: an author has a {@code name}.
 * </ul>
 */
public final class AtomFeedCheck {

  private AtomFeedCheck() {}

  public static List<String> problems(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    List<String> problems = new ArrayList<>();
    Element feed = doc.getDocumentElement();
    if (!"feed".equals(feed.getLocalName()) || !AtomFeed.NS.equals(feed.getNamespaceURI())) {
      problems.add("the root is not atom:feed");
      return problems;
    }
    common(feed, "feed", problems);
    List<Element> entries = children(feed, "entry");
    boolean everyEntryHasAuthor =
        !entries.isEmpty() && entries.stream().allMatch(e -> !children(e, "author").isEmpty());
    if (children(feed, "author").isEmpty() && !everyEntryHasAuthor) {
      problems.add("feed: no author, and not every entry has one (§4.1.1)");
    }
    for (Element author : children(feed, "author")) {
      if (children(author, "name").size() != 1) {
        problems.add("feed: an author without exactly one name (§3.2)");
      }
    }
    for (Element entry : entries) {
      String where = "entry " + text(entry, "id");
      common(entry, where, problems);
      boolean alternate =
          children(entry, "link").stream().anyMatch(l -> "alternate".equals(rel(l)));
      if (children(entry, "content").isEmpty() && !alternate) {
        problems.add(where + ": neither content nor a link rel=alternate (§4.1.2)");
      }
      if (children(entry, "summary").size() > 1) {
        problems.add(where + ": more than one summary");
      }
    }
    return problems;
  }

  private static void common(Element e, String where, List<String> problems) {
    for (String name : List.of("id", "title", "updated")) {
      if (children(e, name).size() != 1) {
        problems.add(where + ": " + children(e, name).size() + " " + name + " elements, not 1");
      }
    }
    String id = text(e, "id");
    if (id != null && !id.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S+")) {
      problems.add(where + ": id '" + id + "' is not an absolute IRI (§4.2.6)");
    }
    String updated = text(e, "updated");
    if (updated != null) {
      if (!updated.matches(
          "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)")) {
        problems.add(where + ": updated '" + updated + "' is not an RFC 3339 date-time (§3.3)");
      } else {
        OffsetDateTime.parse(updated);
      }
    }
    long alternates = children(e, "link").stream().filter(l -> "alternate".equals(rel(l))).count();
    if (alternates > 1) {
      problems.add(where + ": more than one link rel=alternate");
    }
    for (Element link : children(e, "link")) {
      if (link.getAttribute("href").isEmpty()) {
        problems.add(where + ": a link without href (§4.2.7)");
      }
    }
  }

  private static String rel(Element link) {
    return link.hasAttribute("rel") ? link.getAttribute("rel") : "alternate";
  }

  private static String text(Element e, String name) {
    List<Element> found = children(e, name);
    return found.isEmpty() ? null : found.get(0).getTextContent();
  }

  private static List<Element> children(Element e, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = e.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element c
          && name.equals(c.getLocalName())
          && AtomFeed.NS.equals(c.getNamespaceURI())) {
        found.add(c);
      }
    }
    return found;
  }
}
