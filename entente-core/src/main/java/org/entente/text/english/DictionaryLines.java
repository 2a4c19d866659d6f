package org.entente.text.english;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The lines of a PETRARCH2 dictionary without comments: {@code #} to the end of a line and {@code
 * <!-- … -->} blocks (the validation files use both), blank lines dropped, each line kept with its
 * number for error messages.
 */
record DictionaryLines(String name, List<Line> lines) {

  /** One line that carries content: its 1-based number and its text, comment removed. */
  record Line(int number, String text) {}

  static DictionaryLines read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  static DictionaryLines read(String name, InputStream in) {
    try {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return of(name, reader.lines().toList());
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e.getCause());
    }
  }

  static DictionaryLines of(String name, List<String> raw) {
    List<Line> lines = new ArrayList<>();
    boolean inXmlComment = false;
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i);
      if (inXmlComment) {
        int end = text.indexOf("-->");
        if (end < 0) {
          continue;
        }
        inXmlComment = false;
        text = text.substring(end + 3);
      }
      int open = text.indexOf("<!--");
      while (open >= 0) {
        int end = text.indexOf("-->", open + 4);
        if (end < 0) {
          inXmlComment = true;
          text = text.substring(0, open);
          break;
        }
        text = text.substring(0, open) + text.substring(end + 3);
        open = text.indexOf("<!--");
      }
      int hash = text.indexOf('#');
      if (hash >= 0) {
        text = text.substring(0, hash);
      }
      if (!text.isBlank()) {
        lines.add(new Line(i + 1, text.stripTrailing()));
      }
    }
    return new DictionaryLines(name, List.copyOf(lines));
  }
}
