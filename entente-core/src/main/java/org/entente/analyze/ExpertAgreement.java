package org.entente.analyze;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import org.entente.domain.PeaceYear;

/**
 * How a relation measure agrees with an expert coding of the same dyad-years (the Peace Scale): the
 * rank correlation, the measure's mean in each of the scale's five categories, and how often
 * rivalries come out negative and warm peace positive. Dyad-years the measure leaves unknown are
 * counted, not scored.
 *
 * <p>The pairs are split once, by a fixed hash of the pair, into a part a measure may be calibrated
 * on ({@link Part#FIT}) and one it must not see ({@link Part#HELD_OUT}), so that a figure on the
 * held-out part is a figure on pairs nobody tuned on.
 */
public final class ExpertAgreement {

  /** The two halves of the pairs of a reference. */
  public enum Part {
    FIT,
    HELD_OUT;

    /** The half a pair falls in: the first bit of SHA-256 of "A-B" (A before B). */
    public static Part of(String a, String b) {
      String pair = a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
      try {
        byte[] hash =
            MessageDigest.getInstance("SHA-256").digest(pair.getBytes(StandardCharsets.UTF_8));
        return (hash[0] & 0x80) == 0 ? FIT : HELD_OUT;
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java has SHA-256", e);
      }
    }
  }

  /** A reference dyad-year and the measure's value for it, NaN where the measure has none. */
  public record Judged(PeaceYear reference, double index) {}

  /** The measure's values in one category of the scale. */
  public record Category(int n, double meanIndex, double negativeShare, double positiveShare) {}

  /**
   * The agreement over some dyad-years.
   *
   * @param dyadYears dyad-years of the reference
   * @param scored those the measure has a value for
   * @param spearman rank correlation of the measure with the scale over the scored ones
   * @param categories by the scale's category (0, 0.25, 0.5, 0.75, 1)
   * @param rivalryNegative share of scored rivalry years (category ≤ 0.25) with a negative value
   * @param warmPositive share of scored years of warm peace or a security community (≥ 0.75) with a
   *     positive value
   */
  public record Report(
      int dyadYears,
      int scored,
      double spearman,
      Map<Double, Category> categories,
      double rivalryNegative,
      double warmPositive) {}

  private ExpertAgreement() {}

  /**
   * Each reference dyad-year with the relation index of its pair and year (NaN where the index has
   * no evidence), by the part its pair falls in.
   *
   * @param pairsDone hears how many pairs are done, after each
   */
  public static Map<Part, List<Judged>> judge(
      RelationSources sources, List<PeaceYear> years, IntConsumer pairsDone) {
    Map<String, List<PeaceYear>> byPair = new TreeMap<>();
    for (PeaceYear y : years) {
      byPair.computeIfAbsent(y.a() + " " + y.b(), k -> new ArrayList<>()).add(y);
    }
    Map<Part, List<Judged>> judged = new EnumMap<>(Part.class);
    int done = 0;
    for (List<PeaceYear> pair : byPair.values()) {
      PeaceYear first = pair.get(0);
      int from = pair.stream().mapToInt(PeaceYear::year).min().orElseThrow();
      int to = pair.stream().mapToInt(PeaceYear::year).max().orElseThrow();
      Map<String, Double> index = new HashMap<>();
      for (DyadRelation r : sources.relations(first.a(), first.b(), EventPeriod.YEAR, from, to)) {
        index.put(r.period(), r.index());
      }
      List<Judged> part =
          judged.computeIfAbsent(Part.of(first.a(), first.b()), k -> new ArrayList<>());
      for (PeaceYear y : pair) {
        part.add(new Judged(y, index.getOrDefault(Integer.toString(y.year()), Double.NaN)));
      }
      pairsDone.accept(++done);
    }
    return judged;
  }

  /**
   * Each reference dyad-year with the value {@code index} gives it (NaN where it has none), by the
   * part its pair falls in: for a measure read in bulk, such as the stored fit of the relation
   * model.
   */
  public static Map<Part, List<Judged>> judge(
      List<PeaceYear> years, java.util.function.ToDoubleFunction<PeaceYear> index) {
    Map<Part, List<Judged>> judged = new EnumMap<>(Part.class);
    for (PeaceYear y : years) {
      judged
          .computeIfAbsent(Part.of(y.a(), y.b()), k -> new ArrayList<>())
          .add(new Judged(y, index.applyAsDouble(y)));
    }
    return judged;
  }

  /** The reports of each part ({@code fit}, {@code held-out}) and of {@code all}, in that order. */
  public static Map<String, Report> byPart(Map<Part, List<Judged>> judged, double zero) {
    Map<String, Report> reports = new LinkedHashMap<>();
    List<Judged> all = new ArrayList<>();
    for (Part part : Part.values()) {
      List<Judged> some = judged.getOrDefault(part, List.of());
      reports.put(part.name().toLowerCase(Locale.ROOT).replace('_', '-'), of(some, zero));
      all.addAll(some);
    }
    reports.put("all", of(all, zero));
    return reports;
  }

  /**
   * The agreement over {@code judged}. A value counts as negative below {@code -zero}, positive
   * above {@code zero} (the measure's own band for "neither").
   */
  public static Report of(List<Judged> judged, double zero) {
    List<Judged> scored = judged.stream().filter(j -> !Double.isNaN(j.index())).toList();
    double[] scale = scored.stream().mapToDouble(j -> j.reference().peace()).toArray();
    double[] index = scored.stream().mapToDouble(Judged::index).toArray();
    Map<Double, Category> categories = new TreeMap<>();
    for (double c = 0; c <= 1; c += 0.25) {
      double category = c;
      List<Judged> in = scored.stream().filter(j -> j.reference().category() == category).toList();
      if (!in.isEmpty()) {
        categories.put(
            category,
            new Category(
                in.size(),
                in.stream().mapToDouble(Judged::index).average().orElseThrow(),
                share(in, j -> j.index() < -zero),
                share(in, j -> j.index() > zero)));
      }
    }
    List<Judged> rivalries = scored.stream().filter(j -> j.reference().category() <= 0.25).toList();
    List<Judged> warm = scored.stream().filter(j -> j.reference().category() >= 0.75).toList();
    return new Report(
        judged.size(),
        scored.size(),
        Correlation.spearman(scale, index),
        categories,
        share(rivalries, j -> j.index() < -zero),
        share(warm, j -> j.index() > zero));
  }

  private static double share(List<Judged> judged, Predicate<Judged> which) {
    return judged.isEmpty()
        ? Double.NaN
        : judged.stream().filter(which).count() / (double) judged.size();
  }
}
