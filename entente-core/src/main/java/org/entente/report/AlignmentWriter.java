package org.entente.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.entente.analyze.Alignment;
import org.entente.analyze.DyadAlignment;

/**
 * Writes alignment values as CSV (columns exactly {@code a,b,period,n,agree,s,kappa,pi}, measures
 * with twelve decimals, empty where undefined), a JSON array or JSON lines with the same fields
 * ({@code null} where undefined). Rows stream through: a million of them never sit in memory.
 * Nothing is written before the first row, not even the CSV header or the JSON array's bracket, so
 * a caller that finds no rows can fail with its output untouched.
 *
 * <pre>{@code
 * try (AlignmentWriter w = AlignmentWriter.of(Format.CSV, out)) { alignment.allPairs(query, w); }
 * }</pre>
 */
public abstract class AlignmentWriter implements Consumer<DyadAlignment>, AutoCloseable {

  public static final String CSV_HEADER = "a,b,period,n,agree,s,kappa,pi";

  private boolean started;
  private long rows;

  /** Rows written so far. */
  public long rows() {
    return rows;
  }

  /** Writes one row, after the header or the opening bracket when it is the first. */
  @Override
  public final void accept(DyadAlignment row) {
    if (!started) {
      started = true;
      begin();
    }
    write(row);
    rows++;
  }

  /** Ends the document and flushes; a writer that got no rows writes nothing. */
  @Override
  public final void close() {
    if (started) {
      end();
    }
  }

  abstract void begin();

  abstract void write(DyadAlignment row);

  abstract void end();

  /** A writer for a machine-readable format (not {@link Format#TABLE}). */
  public static AlignmentWriter of(Format format, OutputStream out) {
    return switch (format) {
      case CSV -> new Csv(out);
      case JSON -> new Json(out, false);
      case JSONL -> new Json(out, true);
      case TABLE -> throw new IllegalArgumentException("use AlignmentTable for tables");
    };
  }

  private static final class Csv extends AlignmentWriter {
    private final Writer out;
    private final StringBuilder line = new StringBuilder(128);

    Csv(OutputStream out) {
      this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    void begin() {
      emit(CSV_HEADER + "\n");
    }

    @Override
    void write(DyadAlignment row) {
      Alignment v = row.alignment();
      line.setLength(0);
      line.append(row.a()).append(',').append(row.b()).append(',').append(row.period());
      line.append(',').append(v.n()).append(',');
      Decimal.append(line, v.agree());
      line.append(',');
      Decimal.append(line, v.s());
      line.append(',');
      Decimal.append(line, v.kappa());
      line.append(',');
      Decimal.append(line, v.pi());
      line.append('\n');
      emit(line);
    }

    private void emit(CharSequence text) {
      try {
        out.append(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    void end() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Compact objects, one per line: in an array for JSON, bare for JSON lines. */
  private static final class OneObjectPerLine extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    OneObjectPerLine(boolean lines) {
      super(lines ? "\n" : "");
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      g.writeRaw("[\n");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(",\n");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      g.writeRaw(values == 0 ? "]" : "\n]");
    }
  }

  private static final class Json extends AlignmentWriter {
    private final JsonGenerator json;
    private final boolean lines;

    Json(OutputStream out, boolean lines) {
      this.lines = lines;
      try {
        json = new JsonFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new OneObjectPerLine(lines));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    void begin() {
      if (!lines) {
        try {
          json.writeStartArray();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    void write(DyadAlignment row) {
      Alignment v = row.alignment();
      try {
        json.writeStartObject();
        json.writeStringField("a", row.a());
        json.writeStringField("b", row.b());
        json.writeNumberField("period", row.period());
        json.writeNumberField("n", v.n());
        number("agree", v.agree());
        number("s", v.s());
        number("kappa", v.kappa());
        number("pi", v.pi());
        json.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void number(String name, double value) throws IOException {
      if (Double.isNaN(value)) {
        json.writeNullField(name);
      } else {
        json.writeNumberField(name, value);
      }
    }

    @Override
    void end() {
      try {
        if (!lines) {
          json.writeEndArray();
        }
        json.writeRaw('\n');
        json.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
