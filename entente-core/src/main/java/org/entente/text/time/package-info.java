/**
 * Time expressions in Japanese and English text, dated with their precision: {@link
 * org.entente.text.time.TemporalNormaliser} over a {@link org.entente.text.time.DateContext} gives
 * {@link org.entente.text.time.TimeExpression}s.
 *
 * <p>The patterns are data, one file per language beside these classes ({@code rules-ja.tsv},
 * {@code rules-en.tsv}), read and compiled once. A line is a rule of one of two types:
 *
 * <ul>
 *   <li>{@code date KIND regex build} finds an expression. The regular expression's named groups
 *       give the date's fields: {@code y} the year, {@code era} and {@code ey} a Japanese era and
 *       its year, {@code m} the month, {@code d} the day (numbers in ASCII, full-width or kanji;
 *       words through {@code @map}), {@code n} a count and {@code u} its unit, {@code p} and {@code
 *       part} a named period. The build says how to date it: {@code base=last} (the last date
 *       mentioned, else the document's date) or {@code base=doc} (the document's date only), {@code
 *       add=UNIT:±N} to move it, {@code keep=UNIT} to keep it only to the year, month or day; the
 *       written fields then replace the base's (the base fills the fields above the first written
 *       one: {@code 9月13日} takes its year), and {@code range=days:A-B}, {@code months:A-B}, {@code
 *       years:A-B} or {@code week} cuts a range from the result. The precision is that of the
 *       finest field written, or of {@code keep}.
 *   <li>{@code link KIND pattern on=KINDS} joins expressions already found to the words around
 *       them: {@code {A}以降} makes a {@code SINCE}, {@code since {A}} too; a pattern with {@code
 *       {B}} joins two expressions into a {@code RANGE} ({@code {A}から{B}まで}).
 * </ul>
 *
 * {@code @define NAME regex} defines a macro used as {@code {NAME}}, {@code @map GROUP word=value}
 * the value of a word in a group (month names, number words, era start dates). Rules never look at
 * a single sentence: every pattern is meant to be general, and every case is a line of the test
 * table {@code temporal-cases.tsv}.
 */
package org.entente.text.time;
