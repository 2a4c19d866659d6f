package org.entente.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a store path holds, checked before and just after DuckDB opens it, so that Entente never
 * writes into a file that is not its own and explains what it found instead. A DuckDB file has
 * {@code DUCK} at byte 8; an Entente store has a {@code meta} table naming the application.
 */
final class StoreFile {

  private static final byte[] DUCKDB_MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);
  private static final Set<String> VERSION_1_TABLES =
      Set.of("meta", "sources", "roll_calls", "roll_call_issues", "votes");
  private static final Pattern PID = Pattern.compile("\\(PID (\\d+)\\)");

  private StoreFile() {}

  /** Whether {@code file} is not there yet, or is empty: opening it for writing makes a store. */
  static boolean isNew(Path file) {
    try {
      return !Files.exists(file) || (Files.isRegularFile(file) && Files.size(file) == 0);
    } catch (IOException e) {
      return false; // the open that follows reports the real problem
    }
  }

  /** Checks the path before DuckDB sees it. */
  static void check(Path file, Store.Access access) {
    if (Files.isDirectory(file)) {
      throw new StoreException(
          file
              + " is a directory, not a store; give a file path, e.g. "
              + file.resolve("entente.duckdb"));
    }
    if (!Files.exists(file)) {
      if (access == Store.Access.READ_ONLY) {
        throw new StoreException("there is no store at " + file);
      }
      try {
        Files.createDirectories(file.getParent());
      } catch (IOException e) {
        throw new StoreException(
            "cannot create the directory " + file.getParent() + " for the store: " + e, e);
      }
      return;
    }
    byte[] head = head(file);
    if (head.length == 0) {
      if (access == Store.Access.READ_ONLY) {
        throw new StoreException("the store " + file + " is an empty file: nothing is loaded yet");
      }
      try {
        // DuckDB refuses a zero-byte file, but it holds nothing to lose: a new store (mktemp).
        Files.delete(file);
      } catch (IOException e) {
        throw new StoreException("cannot replace the empty file " + file + ": " + e, e);
      }
      return;
    }
    if (!isDuckDb(head)) {
      throw new StoreException(
          file
              + " is not an Entente store: it seems to be "
              + describe(head)
              + ". Entente never writes into another file; give a new path with --db");
    }
  }

  /**
   * Identifies an open DuckDB file as an Entente store of this schema version, or as a new one.
   *
   * @return true if the file has no tables yet
   * @throws StoreException for another application's database or another schema version
   */
  static boolean identify(Statement st, Path file, String schemaVersion) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs =
        st.executeQuery(
            "SELECT table_name FROM information_schema.tables"
                + " WHERE table_catalog = current_database() ORDER BY table_name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    if (tables.isEmpty()) {
      return true;
    }
    Map<String, String> meta = tables.contains("meta") ? meta(st) : Map.of();
    String version = meta.get("schema_version");
    boolean ours =
        Store.APPLICATION.equals(meta.get("application"))
            // Stores made before the application was recorded: version 1 with exactly our tables.
            || ("1".equals(version) && tables.containsAll(VERSION_1_TABLES));
    if (!ours) {
      throw new StoreException(
          file
              + " is not an Entente store: it is a DuckDB database of another application (tables: "
              + String.join(", ", tables.subList(0, Math.min(8, tables.size())))
              + (tables.size() > 8 ? ", …" : "")
              + "). Entente never writes into another application's file; give a new path with --db");
    }
    if (!schemaVersion.equals(version)) {
      throw new StoreException(
          "the store "
              + file
              + " has schema version "
              + (version == null ? "unknown" : version)
              + ", this Entente uses "
              + schemaVersion
              + "; move it aside (its data loads again from the bundled files) or use --db");
    }
    return false;
  }

  private static Map<String, String> meta(Statement st) {
    Map<String, String> meta = new HashMap<>();
    try (ResultSet rs = st.executeQuery("SELECT key, value FROM meta")) {
      while (rs.next()) {
        meta.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      return Map.of(); // a meta table of another shape: not ours
    }
    return meta;
  }

  /** Turns DuckDB's refusal to open a file into a message that says why and what to do. */
  static StoreException openFailure(Path file, Store.Access access, SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    if (message.contains("Conflicting lock")) {
      // DuckDB adds that read-only access would work when the holders only read.
      boolean readers = message.contains("read-only mode");
      Matcher pid = PID.matcher(message);
      long holderPid = pid.find() ? Long.parseLong(pid.group(1)) : -1;
      if (isServer(holderPid)) {
        return new StoreBusyException(
            "the store "
                + file
                + " is held by entente serve (PID "
                + holderPid
                + "): stop the server to write to it, or import articles through its API"
                + " (POST /api/v1/import-text with the server's --token)",
            readers,
            true,
            e);
      }
      String holder = holderPid < 0 ? "another process" : "another process (PID " + holderPid + ")";
      return new StoreBusyException(
          "the store "
              + file
              + (readers
                  ? " is being read by " + holder + ", and writing needs it alone"
                  : " is being written by " + holder + ": an import or a first-use load"),
          readers,
          false,
          e);
    }
    if (message.contains("No space left on device")) {
      return new StoreException(
          "the disk holding " + file + " is full (" + DiskSpace.free(file) + " free)", e);
    }
    return new StoreException("cannot open store " + file + ": " + firstLine(message), e);
  }

  /**
   * Whether process {@code pid} is Entente's server ({@code entente serve}), which holds its store
   * for as long as it runs: as far as the operating system shows another process's arguments.
   */
  private static boolean isServer(long pid) {
    return ProcessHandle.of(pid)
        .flatMap(process -> process.info().arguments())
        .map(List::of)
        .map(args -> args.contains("serve") && args.stream().anyMatch(a -> a.contains("entente")))
        .orElse(false);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(64);
    } catch (IOException e) {
      throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static boolean isDuckDb(byte[] head) {
    if (head.length < 12) {
      return false;
    }
    for (int i = 0; i < DUCKDB_MAGIC.length; i++) {
      if (head[8 + i] != DUCKDB_MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  /** A guess at what a foreign file is, from its first bytes. */
  static String describe(byte[] head) {
    String ascii = new String(head, StandardCharsets.ISO_8859_1);
    if (ascii.startsWith("SQLite format 3")) {
      return "an SQLite database";
    }
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return "a gzip file";
    }
    if (ascii.startsWith("PK\u0003\u0004")) {
      return "a zip archive (or an Office document)";
    }
    if (ascii.startsWith("%PDF")) {
      return "a PDF document";
    }
    if (ascii.startsWith("PAR1")) {
      return "a Parquet file";
    }
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.chars().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || c >= 0x20)) {
      String firstLine = firstLine(text.strip());
      return "a text file (it starts with '"
          + (firstLine.length() > 40 ? firstLine.substring(0, 40) + "…" : firstLine)
          + "')";
    }
    return "a file of an unknown format";
  }
}
