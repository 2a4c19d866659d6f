package org.entente.cli;

import org.entente.report.Format;
import picocli.CommandLine.Option;

/** The {@code --format} option of every command that prints rows: one declaration for all. */
final class FormatOption {

  @Option(
      names = "--format",
      paramLabel = "FMT",
      defaultValue = "table",
      description = "table, csv, json or jsonl. Default: ${DEFAULT-VALUE}.")
  Format format;
}
