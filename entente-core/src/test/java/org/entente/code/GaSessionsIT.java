package org.entente.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The opening days checked against the UN's own extracts in the repository (the bundled sessions
 * and the session-74 fixture), an independent source: every resolution of a regular session
 * (A/RES/76/262) was adopted while that session ran, and every resolution of an emergency special
 * session falls in some regular session of the table.
 */
class GaSessionsIT {

  private static final Pattern REGULAR = Pattern.compile("A/RES/(\\d+)/.*");

  // The extracts write "22 September 2021" (with a space or a no-break space) or, in 74.json,
  // "2019-12-18 00:00:00"; English month names, hence Locale.ENGLISH rather than ROOT.
  private static final DateTimeFormatter WORDS =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter DIGITS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

  private final GaSessions sessions = GaSessions.bundled();

  @Test
  void resolutionsOfTheRepositoryExtractsFallInTheirSession() throws IOException {
    List<Path> files = UndlExtracts.inRepository();
    assertThat(files)
        .as("bundled extracts (*.json.gz) in %s", UndlExtracts.BUNDLED.toAbsolutePath())
        .hasSizeGreaterThan(1);

    List<String> wrong = new ArrayList<>();
    int regular = 0;
    int emergency = 0;
    for (Path file : files) {
      for (UndlExtracts.Resolution r : UndlExtracts.read(file)) {
        LocalDate adopted = date(r.adoptionDate());
        OptionalInt running = sessions.sessionOn(adopted);
        Matcher m = REGULAR.matcher(r.symbol());
        if (m.matches()) {
          regular++;
          int session = Integer.parseInt(m.group(1));
          if (running.isEmpty() || running.getAsInt() != session) {
            wrong.add(r.where() + ": " + r.symbol() + " adopted " + adopted + " in " + running);
          }
        } else {
          emergency++;
          if (running.isEmpty()) {
            wrong.add(r.where() + ": " + r.symbol() + " adopted " + adopted + " before the table");
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(regular).isGreaterThan(1900);
    assertThat(emergency).isPositive();
  }

  private static LocalDate date(String text) {
    String spaced = text.replace('\u00a0', ' ').strip();
    try {
      return LocalDate.parse(spaced, WORDS);
    } catch (DateTimeParseException e) {
      return LocalDate.parse(spaced, DIGITS);
    }
  }
}
