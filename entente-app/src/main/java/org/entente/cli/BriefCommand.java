package org.entente.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.entente.code.Country;
import org.entente.report.OutputFiles;
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
    // All parts are written beside the folder's files and moved in together: a briefing that
    // cannot be written whole leaves the previous one (or none), never half of one.
    try (OutputFiles.Staging files = OutputFiles.stage(out)) {
      files.write("briefing.md", OutputFiles.text(BriefingMarkdown.write(briefing)));
      for (Map.Entry<String, String> chart : BriefingMarkdown.charts(briefing).entrySet()) {
        files.write(
            BriefingMarkdown.CHART_DIR + "/" + chart.getKey(), OutputFiles.text(chart.getValue()));
      }
      files.write("briefing.html", OutputFiles.text(BriefingHtml.write(briefing)));
      files.write("briefing.pdf", pdf -> BriefingPdf.write(briefing, pdf));
      files.commit();
    } catch (IOException e) {
      throw new UserException(
          "cannot write the briefing to " + out + ": " + reason(e) + "; nothing there was changed");
    }
    parent.out.println(
        "Open "
            + out.resolve("briefing.pdf")
            + " (or briefing.html, briefing.md beside it): the briefing with its "
            + briefing.sources().size()
            + " sources.");
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException fs) {
      return fs.getFile() + (fs.getReason() == null ? "" : ": " + fs.getReason());
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
