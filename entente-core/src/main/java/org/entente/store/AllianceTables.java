package org.entente.store;

/**
 * The tables of the alliance and treaty evidence. ATOP rows are kept directed, as the source has
 * them, with both COW codes; treaty records keep their dates as written (with their precision).
 * Every row carries the {@code source_id} and {@code line} it came from.
 */
final class AllianceTables {

  private AllianceTables() {}

  static final String SQL =
      """
      CREATE TABLE IF NOT EXISTS alliance_years (
        a         VARCHAR NOT NULL CHECK (regexp_full_match(a, '[A-Z]{3}')),
        b         VARCHAR NOT NULL CHECK (regexp_full_match(b, '[A-Z]{3}')),
        year      INTEGER NOT NULL,
        ccode1    INTEGER NOT NULL,
        ccode2    INTEGER NOT NULL,
        defense   BOOLEAN NOT NULL,
        offense   BOOLEAN NOT NULL,
        neutral   BOOLEAN NOT NULL,
        nonagg    BOOLEAN NOT NULL,
        consul    BOOLEAN NOT NULL,
        source_id INTEGER NOT NULL,
        line      BIGINT NOT NULL,
        PRIMARY KEY (ccode1, ccode2, year)
      );
      CREATE TABLE IF NOT EXISTS treaty_records (
        id        VARCHAR PRIMARY KEY,
        name      VARCHAR NOT NULL,
        parties   VARCHAR[] NOT NULL,
        signed    VARCHAR NOT NULL,
        in_force  VARCHAR,
        ended     VARCHAR,
        defense   BOOLEAN NOT NULL,
        offense   BOOLEAN NOT NULL,
        neutral   BOOLEAN NOT NULL,
        nonagg    BOOLEAN NOT NULL,
        consul    BOOLEAN NOT NULL,
        source    VARCHAR NOT NULL,
        note      VARCHAR NOT NULL,
        source_id INTEGER NOT NULL,
        line      BIGINT NOT NULL
      );
      """;
}
