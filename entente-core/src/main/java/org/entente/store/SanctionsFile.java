package org.entente.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.domain.SanctionsList;
import org.entente.ingest.SourceFile;

/**
 * A sanctions list file to import: the UN's XML, which dates itself, or OFAC's {@code sdn.csv} and
 * Japan's Ministry of Finance CSV, which do not, so their day is given.
 *
 * @param list which list the file is
 * @param file its bytes
 * @param published the SDN list's download day, the MOF list's day (from its file name); null for
 *     the UN list
 */
public record SanctionsFile(SanctionsList list, SourceFile file, LocalDate published) {

  public SanctionsFile {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(file, "file");
    if (list != SanctionsList.UN && published == null) {
      throw new IllegalArgumentException(
          "the "
              + list
              + " list does not record its date: give the day "
              + file.name()
              + " was published");
    }
  }

  public static SanctionsFile un(SourceFile file) {
    return new SanctionsFile(SanctionsList.UN, file, null);
  }

  public static SanctionsFile ofac(SourceFile file, LocalDate published) {
    return new SanctionsFile(SanctionsList.OFAC, file, published);
  }

  public static SanctionsFile mof(SourceFile file, LocalDate published) {
    return new SanctionsFile(SanctionsList.MOF, file, published);
  }

  /** A day in a file name: {@code sdn_2024-05-03.csv}, {@code shisantouketsu20260828.csv}. */
  private static final Pattern DAY_IN_NAME =
      Pattern.compile("(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");

  /**
   * The list a file is, recognised by its content (plain or {@code .gz}): the UN's XML by its
   * {@code <CONSOLIDATED_LIST>} root, the MOF list by its header's {@code 区分} column, OFAC's {@code
   * sdn.csv} by its first record (a number, then a quoted name). The UN list dates itself; for the
   * other two the day is {@code published}, or else the one the file's name gives ({@code
   * sdn_2024-05-03.csv}, {@code shisantouketsu20260828.csv}).
   *
   * @throws IllegalArgumentException naming the file and what was expected, for a file of none of
   *     the three kinds, or without a day where one is needed
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SanctionsFile detect(SourceFile file, LocalDate published) {
    String head = head(file);
    String start = head.stripLeading();
    SanctionsList list;
    if (start.startsWith("<") && head.contains("<CONSOLIDATED_LIST")) {
      list = SanctionsList.UN;
    } else if (head.lines().findFirst().orElse("").contains("区分")) {
      list = SanctionsList.MOF;
    } else if (start.matches("(?s)\\d+,\".*")) {
      list = SanctionsList.OFAC;
    } else {
      throw new IllegalArgumentException(
          file.name()
              + ": not a sanctions list Entente reads; expected the UN Security Council's"
              + " consolidated list (XML), OFAC's sdn.csv or the Ministry of Finance's asset-freeze"
              + " list (CSV, plain or .gz)");
    }
    if (list == SanctionsList.UN) {
      return un(file);
    }
    LocalDate day = published != null ? published : dayInName(file.name());
    if (day == null) {
      throw new IllegalArgumentException(
          file.name()
              + ": the "
              + list
              + " list does not say its day and its name holds none; give the day it was"
              + " published (--published YYYY-MM-DD)");
    }
    return new SanctionsFile(list, file, day);
  }

  /** The last day the name holds: an archive's download stamp may come before the list's day. */
  private static LocalDate dayInName(String name) {
    Matcher m = DAY_IN_NAME.matcher(name);
    LocalDate last = null;
    while (m.find()) {
      try {
        last =
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        // not a day: look further
      }
    }
    return last;
  }

  /** The first 4 KiB of the content, as UTF-8. */
  private static String head(SourceFile file) {
    try (InputStream in = file.open(n -> {})) {
      return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file.name() + ": " + e.getMessage(), e);
    }
  }
}
