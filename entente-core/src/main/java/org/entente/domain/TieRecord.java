package org.entente.domain;

/**
 * A record that binds two states, with where it comes from: a row of ATOP's dyad-year data or a
 * treaty record with its citation. What the obligations view cites for every value.
 */
public sealed interface TieRecord permits AtopRow, TreatyRecord {

  /** The obligations this record gives. */
  Obligations obligations();

  /** The source file's name, as recorded in the store (e.g. {@code atop5_1_ddyr.csv.gz}). */
  String file();

  /** The 1-based line of the file the record starts on. */
  long line();

  /** One line a reader can follow to the source. */
  String citation();
}
