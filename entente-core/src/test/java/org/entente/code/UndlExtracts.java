package org.entente.code;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;

/**
 * The UN's machine-readable General Assembly extracts ({@code data/unvotes-undl} and the session-74
 * fixture: one resolution a line, gzip), read only as far as the tests of the code tables need:
 * symbol, adoption date and the three lists of member-state names. The ingest reader is the real
 * one; this is independent of it.
 */
final class UndlExtracts {

  /** The bundled extracts (sessions 75 on), relative to the entente-core module directory. */
  static final Path BUNDLED = Path.of("..", "data", "unvotes-undl");

  static final List<String> VOTE_LISTS = List.of("MS_in_favour", "MS_against", "MS_abstaining");

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * One resolution of an extract.
   *
   * @param where file and line, for messages
   * @param votes each of {@link #VOTE_LISTS} present in the record, with its names
   */
  record Resolution(
      String where, String symbol, String adoptionDate, Map<String, List<String>> votes) {}

  private UndlExtracts() {}

  /**
   * Every extract the repository holds: session 74 (a test fixture, {@code
   * fixtures/unvotes-undl/74.json.gz}, which writes its dates as {@code 2019-12-18 00:00:00}), then
   * the bundled {@code *.json.gz} by name; none of the bundled ones if {@link #BUNDLED} does not
   * exist, so that tests can say so.
   */
  static List<Path> inRepository() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(Fixtures.path("unvotes-undl/74.json.gz"));
    if (Files.isDirectory(BUNDLED)) {
      try (Stream<Path> listing = Files.list(BUNDLED)) {
        listing
            .filter(p -> p.getFileName().toString().endsWith(".json.gz"))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  static List<Resolution> read(Path file) throws IOException {
    List<Resolution> resolutions = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (!line.isBlank()) {
          resolutions.add(resolution(file.getFileName() + " line " + number, line));
        }
      }
    }
    return resolutions;
  }

  private static Resolution resolution(String where, String line) throws IOException {
    String symbol = null;
    String adoptionDate = null;
    Map<String, List<String>> votes = new LinkedHashMap<>();
    try (JsonParser json = JSON.createParser(line)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(where + ": not a JSON object");
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if (field.equals("symbol")) {
          symbol = json.getValueAsString();
        } else if (field.equals("adoption_date")) {
          adoptionDate = json.getValueAsString();
        } else if (VOTE_LISTS.contains(field) && value == JsonToken.START_ARRAY) {
          List<String> names = new ArrayList<>();
          while (json.nextToken() != JsonToken.END_ARRAY) {
            names.add(json.getValueAsString());
          }
          votes.put(field, names);
        } else {
          json.skipChildren();
        }
      }
    }
    return new Resolution(where, symbol, adoptionDate, votes);
  }
}
