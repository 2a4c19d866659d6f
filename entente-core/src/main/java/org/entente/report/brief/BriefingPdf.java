package org.entente.report.brief;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * A briefing as PDF: the page of {@link BriefingHtml} laid out by openhtmltopdf on PDFBox, its
 * inline SVG charts drawn through Batik, all text in IPAex Gothic embedded as a subset (the one
 * font the document uses, so nothing depends on the reader's fonts and Japanese reads everywhere).
 */
public final class BriefingPdf {

  /** The family name the CSS uses for the embedded font. */
  static final String FAMILY = "IPAexGothic";

  private static final String PAGE_CSS =
      """
      @page { size: A4; margin: 18mm 16mm 18mm 16mm;
        @bottom-center { content: counter(page) " / " counter(pages); font-family: "IPAexGothic"; font-size: 8pt; color: #666; } }
      body { font-family: "IPAexGothic"; max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
      h2 { page-break-after: avoid; }
      h3, h4 { page-break-after: avoid; }
      figure.chart { page-break-inside: avoid; }
      figure.chart svg { width: 170mm; height: 69mm; }
      tr { page-break-inside: avoid; }
      table { -fs-table-paginate: paginate; }
      a { color: #1f4e79; text-decoration: none; }
      """;

  /**
   * PDFBox's and fontbox's loggers, held so that their level sticks: they warn about the standard
   * 14 fonts the PDF never uses and about font tables it ignores, on every run.
   */
  private static final java.util.List<Logger> QUIET =
      java.util.List.of(
          Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

  static {
    QUIET.forEach(l -> l.setLevel(Level.SEVERE));
    XRLog.setLoggingEnabled(false);
  }

  private BriefingPdf() {}

  /** Writes the PDF to {@code out} (not closed). */
  public static void write(Briefing b, OutputStream out) throws IOException {
    String html = BriefingHtml.write(b, PAGE_CSS);
    org.w3c.dom.Document doc = new W3CDom().fromJsoup(Jsoup.parse(html));
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFont(() -> BriefingPdf.class.getResourceAsStream(BriefingCharts.FONT), FAMILY);
    builder.useSVGDrawer(
        new BatikSVGDrawer(
            BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
    builder.withW3cDocument(doc, "about:blank");
    builder.useFastMode();
    builder.toStream(out);
    builder.run();
  }
}
