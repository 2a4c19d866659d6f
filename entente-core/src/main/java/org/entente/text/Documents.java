package org.entente.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The first stage: a file to a {@link Document}. Plain text in any encoding {@link TextEncoding}
 * recognises; HTML through jsoup (scripts, styles, navigation and forms dropped, a line break at
 * every block boundary); PDF through PDFBox's text layer. The kind is known by the first bytes
 * ({@code %PDF-}, a tag such as {@code <html} or {@code <!DOCTYPE html}) or else by the extension.
 *
 * <p>What is refused, with a message naming the file: what the {@link TextGate} refuses (binary
 * data, archives and images, more than 1 % control bytes, a terminal command — ESC or a C1 control
 * — even in a PDF's text layer), a PDF without a text layer ("no text layer (scanned?)"), an
 * encrypted PDF, and a file over {@link #MAX_BYTES}. Files are read whole, so the limit bounds
 * memory (about three times the file size at most) and time; a larger article is not an article,
 * and a cap with a clear message beats a silently truncated text. An empty file is an empty
 * document.
 *
 * <pre>{@code
 * Document doc = Documents.read(Path.of("seed/000_773c8fdd13e22dec.txt"));
 * doc.language(); // "ja"
 * }</pre>
 */
public final class Documents {

  /** The largest file read: 32 MiB, some 10 million Japanese characters. */
  public static final long MAX_BYTES = 32L * 1024 * 1024;

  public static final String PLAIN = "text/plain";
  public static final String HTML = "text/html";
  public static final String PDF = "application/pdf";

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_START =
      Pattern.compile(
          "^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private Documents() {}

  /** Reads one file with the default limit. */
  public static Document read(Path file) throws IOException {
    return read(file, MAX_BYTES);
  }

  /** Reads one file, refusing files larger than {@code maxBytes}. */
  public static Document read(Path file, long maxBytes) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new UnreadableDocumentException(
          file,
          String.format(
              Locale.ROOT,
              "%,d bytes is more than the %,d bytes an article may have; split the file",
              size,
              maxBytes));
    }
    byte[] bytes;
    // Read up to the limit and one byte more, not "all": a device (/dev/zero) or a file still
    // growing has no size to check beforehand.
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    }
    if (bytes.length > maxBytes) {
      throw new UnreadableDocumentException(
          file,
          String.format(
              Locale.ROOT,
              "more than the %,d bytes an article may have; split the file",
              maxBytes));
    }
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (TextGate.startsWith(bytes, "%PDF-")) {
      return pdf(
          file.toString(),
          name,
          () ->
              Loader.loadPDF(
                  file.toFile(), null, null, null, IOUtils.createTempFileOnlyStreamCache()));
    }
    return text(file.toString(), name, bytes);
  }

  /**
   * Reads an article sent as bytes (the API's request body) exactly as {@link #read(Path)} reads a
   * file of that name: the same gate, the same encodings, HTML and PDF.
   *
   * @param name the article's name, as evidence cites it and messages name it
   */
  public static Document read(String name, byte[] bytes) throws IOException {
    if (bytes.length > MAX_BYTES) {
      throw new UnreadableDocumentException(
          name,
          String.format(
              Locale.ROOT,
              "%,d bytes is more than the %,d bytes an article may have; split the file",
              bytes.length,
              MAX_BYTES));
    }
    if (TextGate.startsWith(bytes, "%PDF-")) {
      return pdf(name, name, () -> Loader.loadPDF(bytes));
    }
    return text(name, name, bytes);
  }

  /** Plain text or HTML, through the {@link TextGate}. */
  private static Document text(String where, String name, byte[] bytes)
      throws UnreadableDocumentException {
    String binary = TextGate.binary(bytes);
    if (binary != null) {
      throw new UnreadableDocumentException(where, binary);
    }
    TextEncoding.Decoded decoded = dropEndMark(TextEncoding.decode(bytes));
    String control = TextGate.terminalCommand(decoded.text());
    if (control != null) {
      throw new UnreadableDocumentException(where, control);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    boolean html =
        lower.endsWith(".html")
            || lower.endsWith(".htm")
            || lower.endsWith(".xhtml")
            || HTML_START
                .matcher(decoded.text().substring(0, Math.min(4096, decoded.text().length())))
                .find();
    if (html) {
      return html(bytes, decoded, name);
    }
    String text = decoded.text();
    return new Document(
        name, text, Language.detect(text), PLAIN, decoded.charset().name(), decoded.replaced());
  }

  /** A DOS end-of-file mark (Ctrl-Z) ending the text is no character of it. */
  private static TextEncoding.Decoded dropEndMark(TextEncoding.Decoded decoded) {
    String text = decoded.text();
    if (text.endsWith(String.valueOf((char) 0x1a))) {
      return new TextEncoding.Decoded(
          text.substring(0, text.length() - 1), decoded.charset(), decoded.replaced());
    }
    return decoded;
  }

  /**
   * HTML: a charset the page declares wins over the guess, unless the bytes carry a byte-order mark
   * or decode strictly as UTF-8 (a page saved again in UTF-8 keeps its old declaration).
   */
  private static Document html(byte[] bytes, TextEncoding.Decoded guessed, String name) {
    TextEncoding.Decoded decoded = guessed;
    if (guessed.replaced() > 0 || !guessed.charset().equals(StandardCharsets.UTF_8)) {
      Matcher declared =
          META_CHARSET.matcher(
              new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
      if (declared.find() && !TextEncoding.hasUtf16Bom(bytes)) {
        Charset charset = charset(declared.group(1));
        if (charset != null) {
          decoded = TextEncoding.decode(bytes, charset);
        }
      }
    }
    String text = htmlText(decoded.text());
    return new Document(
        name, text, Language.detect(text), HTML, decoded.charset().name(), decoded.replaced());
  }

  private static Charset charset(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("shift_jis") || lower.equals("sjis") || lower.equals("x-sjis")) {
      return TextEncoding.SHIFT_JIS;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The visible text of a page: block elements and {@code <br>} end lines. */
  static String htmlText(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    page.select("script, style, noscript, template, nav, svg, iframe, form, button, select")
        .remove();
    StringBuilder out = new StringBuilder(html.length() / 2);
    page.body()
        .traverse(
            new NodeVisitor() {
              @Override
              public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                  String words = text.text();
                  if (!words.isBlank()) {
                    out.append(words);
                  } else if (out.length() > 0
                      && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                  }
                } else if (node instanceof Element element
                    && (element.isBlock() || element.nameIs("br"))) {
                  newline(out);
                }
              }

              @Override
              public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                  newline(out);
                }
              }
            });
    return tidyLines(out);
  }

  private static void newline(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  /** Trims every line and drops empty ones. */
  private static String tidyLines(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.toString().split("\n", -1)) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty()) {
        out.append(trimmed).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * PDF: the text layer, read with a temporary-file cache so that a large PDF does not fill the
   * heap. Lines inside a paragraph are joined (without a space between Japanese characters), so
   * sentences are not cut at the page's line ends; paragraphs end lines.
   */
  private static Document pdf(String where, String name, PdfSource source) throws IOException {
    try (PDDocument pdf = source.load()) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setParagraphStart("");
      stripper.setParagraphEnd("\u2029");
      String raw = stripper.getText(pdf);
      if (raw.isBlank()) {
        throw new UnreadableDocumentException(
            where,
            "no text layer (scanned?): "
                + pdf.getNumberOfPages()
                + " page(s) without text; run OCR first");
      }
      String text = joinPdfLines(raw);
      String control = TextGate.terminalCommand(text);
      if (control != null) {
        throw new UnreadableDocumentException(where, "its text layer has a " + control);
      }
      return new Document(name, text, Language.detect(text), PDF, "PDF", 0);
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException(where, "the PDF is encrypted", e);
    } catch (UnreadableDocumentException e) {
      throw e;
    } catch (IOException e) {
      throw new UnreadableDocumentException(where, "not a readable PDF: " + e.getMessage(), e);
    }
  }

  /** Opens a PDF from a file (with a temporary-file cache) or from bytes. */
  private interface PdfSource {
    PDDocument load() throws IOException;
  }

  static String joinPdfLines(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (String paragraph : raw.split("\u2029")) {
      StringBuilder joined = new StringBuilder();
      for (String line : paragraph.split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        if (joined.length() > 0) {
          char last = joined.charAt(joined.length() - 1);
          if (!(Language.isJapanese(last) && Language.isJapanese(trimmed.charAt(0)))) {
            joined.append(' ');
          }
        }
        joined.append(trimmed);
      }
      if (joined.length() > 0) {
        out.append(joined).append('\n');
      }
    }
    return out.toString();
  }
}
