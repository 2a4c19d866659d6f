package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.testing.BundledStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brief} end to end on the bundled data: China, Russia and North Korea over 2015–2024 in
 * English and Japanese, the Markdown and HTML against golden files, the PDF through its text and
 * fonts, every citation resolving, and a hostile article sentence shown as text.
 */
class BriefCommandIT {

  @TempDir static Path dir;

  static Path db;

  @BeforeAll
  static void store() {
    db = BundledStore.copyTo(dir.resolve("brief.duckdb"));
  }

  static Path brief(String name, String... args) {
    Path out = dir.resolve(name);
    List<String> all = new ArrayList<>(List.of("brief"));
    all.addAll(List.of(args));
    all.addAll(List.of("--out", out.toString(), "--db", db.toString()));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "Open " + out.resolve("briefing.pdf") + " (or briefing.html, briefing.md beside it)");
    return out;
  }

  @Test
  void englishMarkdownAndHtmlMatchTheirGoldenFiles() throws IOException {
    Path out = brief("en", "CHN", "RUS", "PRK", "--from", "2015", "--to", "2024");
    String md = Files.readString(out.resolve("briefing.md"), StandardCharsets.UTF_8);
    assertThat(md)
        .contains("China–Russia–North Korea:")
        .contains("Closest pair in 2024:")
        .contains("not an alliance in 2024: no defence obligation binds China–Russia")
        .doesNotContain("fastest")
        .contains("## Sources");
    Golden.assertMatches("brief-chn-rus-prk-2015-2024-en.md", md);
    Golden.assertMatches(
        "brief-chn-rus-prk-2015-2024-en.html",
        Files.readString(out.resolve("briefing.html"), StandardCharsets.UTF_8));
    assertThat(out.resolve("briefing-charts").resolve("dyad-chn-rus.svg")).exists();
  }

  @Test
  void japaneseMarkdownAndHtmlMatchTheirGoldenFiles() throws IOException {
    Path out = brief("ja", "CHN", "RUS", "PRK", "--from", "2015", "--to", "2024", "--lang", "ja");
    String md = Files.readString(out.resolve("briefing.md"), StandardCharsets.UTF_8);
    assertThat(md).contains("中国・ロシア・北朝鮮：").contains("2024年に最も近いのは").contains("## 出典");
    Golden.assertMatches("brief-chn-rus-prk-2015-2024-ja.md", md);
    Golden.assertMatches(
        "brief-chn-rus-prk-2015-2024-ja.html",
        Files.readString(out.resolve("briefing.html"), StandardCharsets.UTF_8));
  }

  @Test
  void everyCitationResolvesInTheSourceListAndEverySourceIsCited() throws IOException {
    Path out = brief("cites", "CHN", "RUS", "PRK", "--from", "2015", "--to", "2024");
    String html = Files.readString(out.resolve("briefing.html"), StandardCharsets.UTF_8);
    TreeSet<Integer> cited = numbers(html, "href=\"#src-(\\d+)\"");
    TreeSet<Integer> listed = numbers(html, "<li id=\"src-(\\d+)\">");
    assertThat(cited).isNotEmpty();
    assertThat(listed).containsAll(cited);
    assertThat(cited).containsAll(listed);
    assertThat(listed.first()).isEqualTo(1);
    assertThat(listed.last()).isEqualTo(listed.size());
    String md = Files.readString(out.resolve("briefing.md"), StandardCharsets.UTF_8);
    assertThat(numbers(md, "\\(#src-(\\d+)\\)")).isEqualTo(cited);
    assertThat(numbers(md, "<a id=\"src-(\\d+)\"></a>")).isEqualTo(listed);
    // Each kind of record is among the sources, with what identifies it.
    assertThat(html)
        .contains("UN General Assembly votes</span>: <bdi>CHN and RUS both voted on")
        .contains("S/2022/431")
        .contains("https://undocs.org/S/2022/431")
        .contains("treaty rus-prk-2000 (treaties.csv line 4)")
        .contains("UN-SC1718")
        .contains("gdelt_graph_all_pairs_monthly.csv.gz lines 2018-01 ");
  }

  @Test
  void thePdfHasTheJapaneseTextAndEmbedsItsFonts() throws IOException {
    Path out = brief("pdf", "CHN", "RUS", "PRK", "--from", "2015", "--to", "2024", "--lang", "ja");
    try (PDDocument pdf = Loader.loadPDF(out.resolve("briefing.pdf").toFile())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("ブリーフィング：中国・ロシア・北朝鮮")
          .contains("の可能性が最も高い")
          .contains("ロシア・北朝鮮関係")
          .contains("出典")
          .contains("2016年12月5日");
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("IPAexGothic");
        }
      }
    }
  }

  @Test
  void aHostileArticleSentenceIsShownAsText() throws IOException {
    Path article = dir.resolve("hostile.txt");
    Files.writeString(
        article,
        "2023年9月13日、ロシアのプーチン大統領は北朝鮮の金正恩総書記と会談した"
            + "<script>alert(\"x\")</script>「引用」\u202eと'報じた'。\n",
        StandardCharsets.UTF_8);
    Path hostileDb = dir.resolve("hostile.duckdb");
    Files.copy(db, hostileDb);
    CliRun load = CliRun.of("import-text", article.toString(), "--db", hostileDb.toString());
    assertThat(load.exitCode()).as(load.err()).isZero();
    Path out = dir.resolve("hostile");
    CliRun run =
        CliRun.of(
            "brief",
            "RUS",
            "PRK",
            "--from",
            "2023",
            "--to",
            "2023",
            "--out",
            out.toString(),
            "--db",
            hostileDb.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String html = Files.readString(out.resolve("briefing.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;「引用」&#x202e;と&#39;報じた&#39;")
        .doesNotContain("<script")
        .doesNotContain("\u202e");
    String md = Files.readString(out.resolve("briefing.md"), StandardCharsets.UTF_8);
    // Backslash-escaped, so that a Markdown renderer shows the brackets instead of a tag.
    assertThat(md).contains("\\<script\\>").doesNotContainPattern("(?<!\\\\)<script");
  }

  /** Every file under {@code folder} (links not followed), by relative path, with its bytes. */
  private static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.toList()) {
        String name = folder.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          files.put(name, "-> " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p)) {
          files.put(name + "/", "");
        } else {
          files.put(name, Files.readString(p, StandardCharsets.ISO_8859_1));
        }
      }
    }
    return files;
  }

  @Test
  void aSymbolicLinkWhereTheBriefingGoesIsRefusedAndItsTargetUntouched() throws IOException {
    Path precious = dir.resolve("precious.txt");
    Files.writeString(precious, "not a briefing", StandardCharsets.UTF_8);
    Path out = Files.createDirectories(dir.resolve("linked"));
    Files.createSymbolicLink(out.resolve("briefing.md"), precious);
    CliRun run =
        CliRun.of(
            "brief",
            "CHN",
            "RUS",
            "--from",
            "2023",
            "--to",
            "2023",
            "--out",
            out.toString(),
            "--db",
            db.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "entente: cannot write the briefing to "
                + out
                + ": "
                + out.resolve("briefing.md")
                + " is a symbolic link; Entente does not write through links (remove it, or"
                + " choose another folder); nothing there was changed\n");
    assertThat(Files.readString(precious, StandardCharsets.UTF_8)).isEqualTo("not a briefing");
    assertThat(files(out)).containsOnlyKeys("/", "briefing.md");
  }

  @Test
  void aBriefingThatCannotBeWrittenWholeLeavesThePreviousOneAsItWas() throws IOException {
    Path out = brief("whole", "CHN", "RUS", "--from", "2023", "--to", "2023");
    // The PDF cannot be put in place: a folder of the user's has its name.
    Files.delete(out.resolve("briefing.pdf"));
    Path folder = Files.createDirectory(out.resolve("briefing.pdf"));
    Files.writeString(folder.resolve("keep.txt"), "kept", StandardCharsets.UTF_8);
    Map<String, String> before = files(out);
    assertThat(before).containsKeys("briefing.md", "briefing-charts/dyad-chn-rus.svg");

    CliRun run =
        CliRun.of(
            "brief",
            "USA",
            "CHN",
            "--from",
            "2020",
            "--to",
            "2023",
            "--out",
            out.toString(),
            "--db",
            db.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            out.resolve("briefing.pdf")
                + " is a directory where Entente writes a file; it is left as it is")
        .contains("nothing there was changed")
        .doesNotContain("Exception");
    assertThat(run.out()).doesNotContain("Open");
    assertThat(files(out)).isEqualTo(before);

    // Once the folder is gone the new briefing replaces the old one whole, charts included.
    Files.delete(folder.resolve("keep.txt"));
    Files.delete(folder);
    brief("whole", "USA", "CHN", "--from", "2020", "--to", "2023");
    Map<String, String> after = files(out);
    assertThat(after)
        .containsKeys("briefing.md", "briefing.html", "briefing.pdf", "briefing-charts/");
    assertThat(after.keySet())
        .noneMatch(name -> name.contains("chn-rus") || name.startsWith(".entente-"))
        .anyMatch(name -> name.startsWith("briefing-charts/dyad-"));
    assertThat(after.get("briefing.md")).isNotEqualTo(before.get("briefing.md"));
  }

  private static TreeSet<Integer> numbers(String text, String regex) {
    TreeSet<Integer> n = new TreeSet<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      n.add(Integer.parseInt(m.group(1)));
    }
    return n;
  }
}
