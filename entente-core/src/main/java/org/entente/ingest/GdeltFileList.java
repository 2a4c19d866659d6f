package org.entente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GDELT 2.0's file lists, {@code masterfilelist.txt} (every 15-minute file since February 2015) and
 * {@code lastupdate.txt} (the newest three): one file a line, {@code SIZE MD5 URL} separated by
 * single spaces, for the {@code export}, {@code mentions} and {@code gkg} files alike. Only the
 * event exports ({@code YYYYMMDDHHMMSS.export.CSV.zip}) are kept; a line that is not three such
 * fields is a reject with its line number, never a reason to drop the rest of the list.
 *
 * @see <a href="https://blog.gdeltproject.org/gdelt-2-0-our-global-world-in-realtime/">GDELT 2.0:
 *     the file lists</a>
 */
public final class GdeltFileList {

  /** One export file of the list. */
  public record Export(long size, String md5, String url, LocalDateTime published) {

    /** The file's own name, the last part of its URL: {@code 20150218230000.export.CSV.zip}. */
    public String fileName() {
      return url.substring(url.lastIndexOf('/') + 1);
    }
  }

  /** The exports of a list, oldest first, and the lines that could not be read. */
  public record Parsed(List<Export> exports, List<Reject> rejects) {}

  /** What a line of the list must be. */
  public static final String EXPECTED_LINE =
      "three fields separated by spaces: size in bytes, MD5 as 32 hex digits, URL";

  private static final Pattern LINE = Pattern.compile("(\\d{1,12}) ([0-9a-fA-F]{32}) (\\S+)");
  private static final Pattern EXPORT = Pattern.compile("(?:^|/)(\\d{14})\\.export\\.CSV\\.zip$");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

  private GdeltFileList() {}

  /**
   * Reads a list, streaming: the master list is over a hundred megabytes.
   *
   * @param name the list's name in rejects (its URL)
   */
  public static Parsed read(Reader in, String name) throws IOException {
    List<Export> exports = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    BufferedReader lines = new BufferedReader(in, 1 << 16);
    long number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      Matcher m = LINE.matcher(text);
      if (!m.matches()) {
        rejects.add(new Reject(name, number, "", text, EXPECTED_LINE, line));
        continue;
      }
      Matcher export = EXPORT.matcher(m.group(3));
      if (!export.find()) {
        continue; // a mentions or GKG file
      }
      LocalDateTime published;
      try {
        published = LocalDateTime.parse(export.group(1), STAMP);
      } catch (DateTimeParseException e) {
        rejects.add(
            new Reject(
                name,
                number,
                "URL",
                m.group(3),
                "a file named YYYYMMDDHHMMSS.export.CSV.zip with a real date and time",
                line));
        continue;
      }
      exports.add(
          new Export(
              Long.parseLong(m.group(1)),
              m.group(2).toLowerCase(java.util.Locale.ROOT),
              m.group(3),
              published));
    }
    exports.sort(java.util.Comparator.comparing(Export::published));
    return new Parsed(List.copyOf(exports), List.copyOf(rejects));
  }

  /**
   * The time an export covers, from a file name or path ending in {@code
   * YYYYMMDDHHMMSS.export.CSV.zip}; null for any other name.
   */
  public static LocalDateTime published(String name) {
    Matcher m = EXPORT.matcher(name);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDateTime.parse(m.group(1), STAMP);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
