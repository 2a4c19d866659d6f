package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.cli.ReadmeExamples.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of the README, run in order as a reader of a fresh clone runs it: through {@code
 * ./entente}, from a working directory that has the repository's {@code examples/} and fixtures, on
 * a new store. Each must exit 0, and where the README shows output after {@code $ command}, each
 * line it shows must be in what the command prints (a line of just an ellipsis, …, stands for rows
 * left out). {@code ./entente serve} runs in the background for the examples after it. So the
 * README cannot drift from what Entente does.
 *
 * <p>Not run, by name, and why: {@link #NOT_RUN}.
 */
class ReadmeIT {

  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  /** Commands not run, by how they start, with the reason. Each must still be in the README. */
  static final Map<String, String> NOT_RUN =
      Map.of(
          "git clone",
          "the reader's own clone: this test runs in one",
          "./mvnw verify",
          "the test command, which runs this test",
          "./mvnw -pl spark -am package",
          "builds the Spark module, which the build makes after this test (a nested build would"
              + " rewrite the jar under test)",
          "./entente-spark aggregate",
          "builds the Spark module and runs Spark (minutes); spark's LaunchersIT runs the launcher",
          "./entente import-events --dataset aggregate out/agg",
          "reads what ./entente-spark aggregate, above, writes",
          "./entente events USA RUS --by day --from 2015-02-18",
          "shows the events of the aggregate loaded above",
          "spark-submit",
          "needs a YARN cluster and an S3 bucket");

  /** The repository's folders that the README's paths lead into. */
  private static final List<String> SHARED = List.of("examples", "entente-core", "data");

  private static final Pattern PORT = Pattern.compile("--port (\\d+)");

  @TempDir Path dir;

  @Test
  void everyExampleRunsAsWrittenAndPrintsWhatTheReadmeShows() throws Exception {
    List<Example> examples =
        ReadmeExamples.parse(
            Files.readString(REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8));
    assertThat(examples).hasSizeGreaterThan(30);
    for (String prefix : NOT_RUN.keySet()) {
      assertThat(examples)
          .as("an example that is not run is still in the README: %s", prefix)
          .anyMatch(e -> e.command().startsWith(prefix));
    }

    Path work = workingDirectory();
    List<String> failures = new ArrayList<>();
    Process server = null;
    try {
      for (Example example : examples) {
        String reason = notRun(example.command());
        if (reason != null) {
          log(example, "not run: " + reason);
        } else if (example.command().startsWith("./entente serve")) {
          server = startServer(work, example.command());
          log(example, "serving in the background");
        } else {
          failures.addAll(run(work, example));
        }
      }
    } finally {
      if (server != null) {
        server.destroy();
        server.waitFor(30, TimeUnit.SECONDS);
      }
      for (String shared : SHARED) {
        Files.deleteIfExists(work.resolve(shared)); // the link, before JUnit warns of it
      }
    }
    assertThat(failures).as("README examples that fail").isEmpty();
  }

  private static String notRun(String command) {
    return NOT_RUN.entrySet().stream()
        .filter(e -> command.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /**
   * A directory like the top of a clone for the examples: {@code ./entente} runs the repository's
   * launcher (so its jar, built by this build), and the paths the README names lead to the
   * repository's files.
   */
  private Path workingDirectory() throws IOException {
    Path work = Files.createDirectories(dir.resolve("clone"));
    for (String launcher : List.of("entente", "entente-spark")) {
      Path script = work.resolve(launcher);
      Files.writeString(
          script, "#!/usr/bin/env bash\nexec '" + REPOSITORY.resolve(launcher) + "' \"$@\"\n");
      assertThat(script.toFile().setExecutable(true)).isTrue();
    }
    for (String shared : SHARED) {
      Files.createSymbolicLink(work.resolve(shared), REPOSITORY.resolve(shared));
    }
    return work;
  }

  private ProcessBuilder shell(Path work, String command) {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(work.toFile());
    builder.environment().put("ENTENTE_HOME", dir.resolve("home").toString());
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    return builder;
  }

  /** Runs one example to its end: what went wrong, if anything, one line each. */
  private List<String> run(Path work, Example example) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    long started = System.nanoTime();
    Process process =
        shell(work, example.command())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return List.of(where(example) + ": still running after ten minutes");
    }
    log(example, String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9));
    String printed =
        Files.readString(out, StandardCharsets.UTF_8)
            + Files.readString(err, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      return List.of(where(example) + ": exit " + process.exitValue() + "\n" + tail(printed, 20));
    }
    List<String> printedLines = printed.lines().map(String::stripTrailing).toList();
    List<String> missing =
        example.shown().stream()
            .map(String::stripTrailing)
            .filter(line -> !line.isBlank() && !line.strip().equals("…"))
            .filter(line -> !printedLines.contains(line))
            .map(line -> where(example) + ": the README shows a line it does not print: " + line)
            .toList();
    return missing.isEmpty() ? missing : append(missing, "it printed:\n" + tail(printed, 40));
  }

  /** Starts the server of an example and waits until it answers on its port. */
  private Process startServer(Path work, String command) throws Exception {
    Matcher port = PORT.matcher(command);
    int number = port.find() ? Integer.parseInt(port.group(1)) : 7070;
    Path log = dir.resolve("serve.log");
    Process server =
        shell(work, "exec " + command)
            .redirectOutput(log.toFile())
            .redirectErrorStream(true)
            .start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new AssertionError(command + " stopped:\n" + Files.readString(log));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", number), 500);
        return server;
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    server.destroyForcibly();
    throw new AssertionError(command + " did not answer on port " + number + " within 2 minutes");
  }

  private static String where(Example example) {
    return "README.md:" + example.line() + " `" + example.command() + "`";
  }

  private static void log(Example example, String what) {
    System.out.println(where(example) + ": " + what);
  }

  private static String tail(String text, int lines) {
    List<String> all = text.lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  private static List<String> append(List<String> list, String more) {
    List<String> copy = new ArrayList<>(list);
    copy.add(more);
    return copy;
  }
}
