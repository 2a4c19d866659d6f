package org.entente.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.entente.analyze.Alert;
import org.entente.report.AlertWriter;
import org.entente.store.Store;
import org.entente.store.Watches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code entente alerts}: the turning points raised on watched pairs. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = {
      "The alerts raised on the watched pairs (entente watch add), newest first: the pair, the"
          + " series (index, alignment or events by month), the month the new segment starts, the"
          + " means either side and, with --format csv or json, the evidence around it."
    },
    footer = {
      "",
      "Examples:",
      "  entente alerts",
      "  entente alerts --since 2026-12-01 --format json"
    })
final class AlertsCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Mixin FormatOption output;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only the alerts raised on or after this day (UTC).")
  LocalDate since;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N alerts. Default: ${DEFAULT-VALUE}.")
  int limit = 100;

  @Override
  public void run() {
    if (limit < 1) {
      throw new UserException("--limit must be 1 or more, not " + limit);
    }
    try (Store store = storeOptions.open(parent.err)) {
      Watches watches = new Watches(store);
      List<Alert> alerts =
          watches.alerts(
              since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant(), limit);
      if (alerts.isEmpty()) {
        parent.err.println(
            watches.pairs().isEmpty()
                ? "No alerts: no pairs are watched (entente watch add A B)."
                : "No alerts"
                    + (since == null ? "" : " since " + since)
                    + " on the "
                    + watches.pairs().size()
                    + " watched pair(s).");
      }
      AlertWriter.write(output.format, alerts, parent.out);
    }
  }
}
