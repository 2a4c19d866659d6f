package org.entente.text.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.entente.domain.DatePrecision;

/**
 * What relative expressions are resolved against while a document is read in order: the document's
 * own date (optional: {@code --doc-date}) and the last date mentioned so far.
 *
 * <p>{@link TemporalNormaliser#find} advances the context past every date it resolves, so a caller
 * that passes one context to the sentences of a document in order gets {@code 同年}, {@code その翌月},
 * {@code the following month} right across sentences. The rule: every date written or resolved
 * becomes the last date mentioned, at the precision it has, in text order — also a date inside a
 * bound or a range ({@code 2019年6月まで}, {@code 2010年から2012年まで} leaves 2012), because Japanese and
 * English anaphora ({@code 同年}, {@code that year}) point at the last year written whatever role it
 * played. The earlier date of a {@code GAP} ({@code 4年ぶり}) is inferred, not mentioned, and a {@code
 * PERIOD} has no date: neither moves the context. Expressions anchored on the document's date
 * ({@code 昨年}, {@code last year}) are resolved only when it is known.
 *
 * <p>Not thread-safe: one context per document.
 */
public final class DateContext {

  private final LocalDate documentDate;
  private LocalDate last;
  private DatePrecision lastPrecision;

  private DateContext(LocalDate documentDate, LocalDate last, DatePrecision lastPrecision) {
    this.documentDate = documentDate;
    this.last = last;
    this.lastPrecision = lastPrecision;
  }

  /** A context for a document of the given date ({@code null}: unknown). */
  public static DateContext of(LocalDate documentDate) {
    return new DateContext(documentDate, null, null);
  }

  /** A context with neither a document date nor a date mentioned. */
  public static DateContext none() {
    return new DateContext(null, null, null);
  }

  public Optional<LocalDate> documentDate() {
    return Optional.ofNullable(documentDate);
  }

  /** The last date mentioned, at its precision's first day. */
  public Optional<LocalDate> last() {
    return Optional.ofNullable(last);
  }

  /** The precision of {@link #last()}. */
  public Optional<DatePrecision> lastPrecision() {
    return Optional.ofNullable(lastPrecision);
  }

  /** Makes {@code date} (known to {@code precision}) the last date mentioned; returns this. */
  public DateContext mention(LocalDate date, DatePrecision precision) {
    this.last = Objects.requireNonNull(date, "date");
    this.lastPrecision = Objects.requireNonNull(precision, "precision");
    return this;
  }

  /** An independent copy, to try a sentence without moving this context. */
  public DateContext copy() {
    return new DateContext(documentDate, last, lastPrecision);
  }

  @Override
  public String toString() {
    return "DateContext[document=" + documentDate + ", last=" + last + " (" + lastPrecision + ")]";
  }
}
