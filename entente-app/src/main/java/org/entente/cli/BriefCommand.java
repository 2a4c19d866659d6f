package org.entente.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.entente.code.Country;
import org.entente.report.brief.Briefing;
import org.entente.report.brief.BriefingBuilder;
import org.entente.report.brief.BriefingHtml;
import org.entente.report.brief.BriefingLanguage;
import org.entente.report.brief.BriefingMarkdown;
import org.entente.report.brief.BriefingPdf;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code entente brief A B [C …]}: a cited briefing as Markdown, HTML and PDF. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a cited briefing on two or more states: a headline judgement, the triangle's type"
          + " over time (three states) or camps (four or more), a section per pair with charts of"
          + " κ and the relation index, treaties, joint vetoes, sanctions, events and turning"
          + " points, numbered sources, data provenance and a disclaimer. Files: briefing.md"
          + " (with briefing-charts/*.svg), briefing.html and briefing.pdf in --out."
    },
    footer = {
      "",
      "Examples:",
      "  entente brief CHN RUS PRK --lang ja --out out/",
      "  entente brief USA CHN --from 2010 --to 2024"
    })
final class BriefCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Mixin YearRange years;

  @Parameters(arity = "2..*", paramLabel = "STATE", description = "Two or more states.")
  List<String> states;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "en or ja. Default: ${DEFAULT-VALUE}.")
  String lang;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Folder for the files (made if missing). Default: the current folder.")
  Path out;

  @Override
  public void run() {
    BriefingLanguage language;
    try {
      language = BriefingLanguage.parse(lang);
    } catch (IllegalArgumentException e) {
      throw new UserException("--lang takes en or ja, not '" + lang + "'");
    }
    List<String> codes = TriadCommand.countries(states).stream().map(Country::iso3).toList();
    years.check();
    int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
    int from = years.from() == null ? RelationCommand.DEFAULT_FROM : years.from();
    int to = years.to() == null ? Math.max(thisYear, from) : years.to();
    Briefing briefing;
    try (Store store = storeOptions.open(parent.err)) {
      briefing =
          new BriefingBuilder(store, RelationCommand.sources(store))
              .build(new BriefingBuilder.Request(codes, from, to, language));
    }
    try {
      Files.createDirectories(out.resolve(BriefingMarkdown.CHART_DIR));
      Files.writeString(
          out.resolve("briefing.md"), BriefingMarkdown.write(briefing), StandardCharsets.UTF_8);
      for (Map.Entry<String, String> chart : BriefingMarkdown.charts(briefing).entrySet()) {
        Files.writeString(
            out.resolve(BriefingMarkdown.CHART_DIR).resolve(chart.getKey()),
            chart.getValue(),
            StandardCharsets.UTF_8);
      }
      Files.writeString(
          out.resolve("briefing.html"), BriefingHtml.write(briefing), StandardCharsets.UTF_8);
      try (OutputStream pdf = Files.newOutputStream(out.resolve("briefing.pdf"))) {
        BriefingPdf.write(briefing, pdf);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the briefing to " + out + ": " + e.getMessage(), e);
    }
    parent.out.println(
        "Open "
            + out.resolve("briefing.pdf")
            + " (or briefing.html, briefing.md beside it): the briefing with its "
            + briefing.sources().size()
            + " sources.");
  }
}
