package org.entente.store;

/**
 * The tables of the expert references the relation model is calibrated and checked on: Peace Scale
 * dyad-years and strategic rivalries, each pair with {@code a < b} and each row with the {@code
 * source_id} and {@code line} it came from. Rivalries keep their number in the data, by which a
 * second file naming the same rivalry is recognised. {@code positional} is a keyword of DuckDB's (a
 * positional join) and is quoted wherever it is named.
 */
final class ReferenceTables {

  private ReferenceTables() {}

  static final String SQL =
      """
      CREATE TABLE IF NOT EXISTS peace_scale_years (
        a         VARCHAR NOT NULL CHECK (regexp_full_match(a, '[A-Z]{3}')),
        b         VARCHAR NOT NULL CHECK (regexp_full_match(b, '[A-Z]{3}')),
        year      INTEGER NOT NULL,
        peace     DOUBLE NOT NULL CHECK (peace BETWEEN 0 AND 1),
        source_id INTEGER NOT NULL,
        line      BIGINT NOT NULL,
        CHECK (a < b),
        PRIMARY KEY (a, b, year)
      );
      CREATE TABLE IF NOT EXISTS rivalries (
        a               VARCHAR NOT NULL CHECK (regexp_full_match(a, '[A-Z]{3}')),
        b               VARCHAR NOT NULL CHECK (regexp_full_match(b, '[A-Z]{3}')),
        tssr_id         INTEGER NOT NULL,
        name            VARCHAR NOT NULL,
        start_year      INTEGER NOT NULL,
        end_year        INTEGER NOT NULL,
        "positional"    BOOLEAN NOT NULL,
        spatial         BOOLEAN NOT NULL,
        ideological     BOOLEAN NOT NULL,
        interventionary BOOLEAN NOT NULL,
        source_id       INTEGER NOT NULL,
        line            BIGINT NOT NULL,
        CHECK (a < b),
        CHECK (start_year <= end_year),
        PRIMARY KEY (tssr_id)
      );
      """;
}
