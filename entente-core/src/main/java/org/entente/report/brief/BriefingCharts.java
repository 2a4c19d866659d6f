package org.entente.report.brief;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Draws a briefing's charts with JFreeChart onto JFreeSVG's {@link SVGGraphics2D}: one SVG text
 * that the HTML inlines and the PDF renders through openhtmltopdf's SVG support. Text is drawn as
 * outlines of IPAex Gothic, so the chart looks the same in a browser and in the PDF without either
 * needing the font, and Japanese labels work everywhere.
 */
public final class BriefingCharts {

  static final String FONT = "/org/entente/report/brief/fonts/ipaexg.ttf";
  private static volatile Font base;

  private BriefingCharts() {}

  /** One line of a chart: its label and a value per year (NaN for none, drawn as a gap). */
  public record Series(String label, int firstYear, double[] values) {}

  /**
   * A line chart of yearly values on −1 … +1 with a zero line.
   *
   * @param id a prefix for the SVG's ids, unique within a page ({@code chn-rus})
   */
  public static String yearly(String id, String xLabel, List<Series> series) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Series s : series) {
      XYSeries line = new XYSeries(s.label(), false, true);
      double[] v = s.values();
      for (int i = 0; i < v.length; i++) {
        line.add(s.firstYear() + i, Double.isNaN(v[i]) ? null : v[i]);
      }
      data.addSeries(line);
    }
    Font font = font(11f);
    NumberAxis x = new NumberAxis(xLabel);
    x.setTickUnit(new NumberTickUnit(series.get(0).values().length > 12 ? 5 : 1, integers()));
    x.setAutoRangeIncludesZero(false);
    x.setTickLabelFont(font);
    x.setLabelFont(font);
    NumberAxis y = new NumberAxis();
    y.setRange(-1.05, 1.05);
    y.setTickUnit(new NumberTickUnit(0.5));
    y.setTickLabelFont(font);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    Color[] colours = {new Color(0x1f4e79), new Color(0xc55a11), new Color(0x548235)};
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, colours[i % colours.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdddddd));
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
    JFreeChart chart = new JFreeChart(null, font, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    LegendTitle legend = chart.getLegend();
    legend.setItemFont(font);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    int width = 640;
    int height = 260;
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    // Fixed prefix: the default holds System.nanoTime(), and the briefing must be deterministic.
    g.setDefsKeyPrefix(id);
    // Hundredths of a pixel: the default writes every digit of a double, and a model fit that
    // differed in its 15th digit between two machines changed the briefing's bytes.
    g.setGeomDoubleConverter(BriefingCharts::hundredths);
    g.setTransformDoubleConverter(BriefingCharts::hundredths);
    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
    chart.draw(g, new Rectangle(0, 0, width, height));
    // Whole-number dimensions: openhtmltopdf rejects "640.0" and would fall back to a default size.
    return g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null)
        .replaceFirst(
            "width='[0-9.]+' height='[0-9.]+'", "width='" + width + "' height='" + height + "'");
  }

  private static DecimalFormat integers() {
    DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setGroupingUsed(false);
    return f;
  }

  /** IPAex Gothic at {@code size} points, loaded once from the jar. */
  static Font font(float size) {
    Font f = base;
    if (f == null) {
      try (InputStream in = BriefingCharts.class.getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IllegalStateException("the briefing font " + FONT + " is not in the jar");
        }
        f = Font.createFont(Font.TRUETYPE_FONT, in);
        // Registered, so that text laid out by family name (JFreeChart's legend and axis labels
        // go through TextLayout) finds IPAex too, not the machine's default font: without it the
        // charts depend on which fonts the machine has installed.
        GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the briefing font " + FONT, e);
      } catch (FontFormatException e) {
        throw new IllegalStateException("the briefing font " + FONT + " is broken", e);
      }
      base = f;
    }
    return f.deriveFont(size);
  }

  private static String hundredths(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value)
        .setScale(2, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
