package org.entente.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the built jar in a child process, as a user runs it: its own JVM, environment and file
 * locks, so that tests can run several at once on one store or kill one midway.
 */
record JarRun(int exitCode, String out, String err) {

  static Path jar() {
    Path jar = Path.of("target", "entente.jar").toAbsolutePath();
    if (!Files.exists(jar)) {
      throw new IllegalStateException("build the jar first: " + jar);
    }
    return jar;
  }

  /** Starts {@code entente args…} with {@code env} added to this process's environment. */
  static Process start(Map<String, String> env, Path outFile, Path errFile, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseSerialGC");
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.redirectOutput(outFile.toFile());
    builder.redirectError(errFile.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    return builder.start();
  }

  /** Waits for a started run (at most five minutes) and collects its output. */
  static JarRun finish(Process process, Path outFile, Path errFile) throws Exception {
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("entente did not finish within five minutes");
    }
    return new JarRun(
        process.exitValue(),
        Files.readString(outFile, StandardCharsets.UTF_8),
        Files.readString(errFile, StandardCharsets.UTF_8));
  }

  /** Runs {@code entente args…} to the end. */
  static JarRun of(Path dir, Map<String, String> env, String... args) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    return finish(start(env, out, err, args), out, err);
  }
}
