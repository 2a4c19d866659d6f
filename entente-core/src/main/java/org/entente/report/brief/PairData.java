package org.entente.report.brief;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.analyze.DyadChange;
import org.entente.analyze.DyadRelation;
import org.entente.analyze.DyadTies;
import org.entente.analyze.EventPeriod;
import org.entente.analyze.ObligationYear;
import org.entente.analyze.RelationSources;
import org.entente.analyze.TieYear;
import org.entente.analyze.judgement.Pair;
import org.entente.analyze.judgement.PairFacts;
import org.entente.domain.Obligations;
import org.entente.domain.TieRecord;

/** One pair's data for a briefing, read from the store once: relations by year and ties. */
final class PairData {

  final String a;
  final String b;
  private final int fromYear;
  private final int toYear;
  private final RelationSources sources;
  private final DyadTies ties;
  private List<DyadRelation> relations;
  private Map<Integer, TieYear> tieYears;
  private TieYear atopLast;

  PairData(String a, String b, int fromYear, int toYear, RelationSources sources, DyadTies ties) {
    this.a = a;
    this.b = b;
    this.fromYear = fromYear;
    this.toYear = toYear;
    this.sources = sources;
    this.ties = ties;
  }

  Pair pair() {
    return new Pair(a, b);
  }

  /** The facts a judgement reads, with the index's turning points found already. */
  PairFacts facts(List<DyadChange> changes) {
    return new PairFacts(pair(), relations(), obligationsOf(toYear), toYear, changes);
  }

  List<DyadRelation> relations() {
    if (relations == null) {
      relations = sources.relations(a, b, EventPeriod.YEAR, fromYear, toYear);
    }
    return relations;
  }

  DyadRelation at(int year) {
    return relations().get(year - fromYear);
  }

  TieYear tie(int year) {
    if (tieYears == null) {
      tieYears = new TreeMap<>();
      for (TieYear ty : ties.byYear(a, b, fromYear, toYear)) {
        tieYears.put(ty.year(), ty);
      }
      var last = ties.lastAtopYear();
      if (last.isPresent() && toYear > last.getAsInt()) {
        atopLast = ties.byYear(a, b, last.getAsInt(), last.getAsInt()).get(0);
      }
    }
    return tieYears.get(year);
  }

  /** The year's obligations, ATOP's last year carried on after it where nothing else binds. */
  private ObligationYear obligationYear(int year) {
    ObligationYear o = tie(year).obligations();
    if (o.basis() == ObligationYear.Basis.NONE
        && atopLast != null
        && year > atopLast.year()
        && atopLast.obligations().basis() == ObligationYear.Basis.ATOP) {
      return atopLast.obligations();
    }
    return o;
  }

  /** The records behind the year's alliance value. */
  List<TieRecord> allianceRecords(int year) {
    return obligationYear(year).inForce();
  }

  Obligations obligationsOf(int year) {
    return obligationYear(year).obligations();
  }

  DyadRelation firstWithIndex() {
    return relations().stream().filter(r -> !Double.isNaN(r.index())).findFirst().orElse(null);
  }

  DyadRelation lastWithIndex() {
    List<DyadRelation> with = relations().stream().filter(r -> !Double.isNaN(r.index())).toList();
    return with.isEmpty() ? null : with.get(with.size() - 1);
  }

  DyadRelation firstWithKappa() {
    return relations().stream().filter(r -> !Double.isNaN(r.kappa())).findFirst().orElse(null);
  }

  DyadRelation lastWithKappa() {
    List<DyadRelation> with = relations().stream().filter(r -> !Double.isNaN(r.kappa())).toList();
    return with.isEmpty() ? null : with.get(with.size() - 1);
  }

  /** Least-squares slope of the index per year over the years that have one. */
  double slope() {
    double n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (DyadRelation r : relations()) {
      if (Double.isNaN(r.index())) {
        continue;
      }
      double x = Integer.parseInt(r.period());
      n++;
      sx += x;
      sy += r.index();
      sxx += x * x;
      sxy += x * r.index();
    }
    double d = n * sxx - sx * sx;
    return n < 2 || d == 0 ? 0 : (n * sxy - sx * sy) / d;
  }
}
