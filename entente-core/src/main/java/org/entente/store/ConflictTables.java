package org.entente.store;

/**
 * The tables of the Correlates of War evidence: militarized dispute dyad-years, kept directed as
 * the source has them (the bundled file holds both directions of every dispute-year), and joint IGO
 * memberships, non-directed. Both keep the COW codes, and every row carries the {@code source_id}
 * and {@code line} it came from.
 */
final class ConflictTables {

  private ConflictTables() {}

  static final String SQL =
      """
      CREATE TABLE IF NOT EXISTS mid_dyad_years (
        a         VARCHAR NOT NULL CHECK (regexp_full_match(a, '[A-Z]{3}')),
        b         VARCHAR NOT NULL CHECK (regexp_full_match(b, '[A-Z]{3}')),
        year      INTEGER NOT NULL,
        dispnum   INTEGER NOT NULL,
        ccode1    INTEGER NOT NULL,
        ccode2    INTEGER NOT NULL,
        onset     BOOLEAN NOT NULL,
        ongoing   BOOLEAN NOT NULL,
        sidea1    BOOLEAN NOT NULL,
        sidea2    BOOLEAN NOT NULL,
        hiact1    INTEGER NOT NULL,
        hiact2    INTEGER NOT NULL,
        hostlev1  INTEGER NOT NULL,
        hostlev2  INTEGER NOT NULL,
        fatality  INTEGER NOT NULL,
        hostlev   INTEGER NOT NULL,
        recip     BOOLEAN NOT NULL,
        stmon     INTEGER NOT NULL,
        mindur    INTEGER NOT NULL,
        maxdur    INTEGER NOT NULL,
        source_id INTEGER NOT NULL,
        line      BIGINT NOT NULL,
        PRIMARY KEY (dispnum, ccode1, ccode2, year)
      );
      CREATE TABLE IF NOT EXISTS igo_joint_memberships (
        a         VARCHAR NOT NULL CHECK (regexp_full_match(a, '[A-Z]{3}')),
        b         VARCHAR NOT NULL CHECK (regexp_full_match(b, '[A-Z]{3}')),
        year      INTEGER NOT NULL,
        ccode1    INTEGER NOT NULL,
        ccode2    INTEGER NOT NULL,
        igos      INTEGER NOT NULL,
        source_id INTEGER NOT NULL,
        line      BIGINT NOT NULL,
        PRIMARY KEY (ccode1, ccode2, year)
      );
      """;
}
