package org.entente.text.english;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of consecutive upper-case words, each with a value, found longest first at a position in
 * a list of words — the prefix tries of PETRARCH2's dictionaries ({@code dictionaries.rst},
 * "Storage in Memory") as a map from the first word to the phrases it starts. A phrase added twice
 * keeps its first value, as PETRARCH2 keeps the first entry it reads.
 */
final class PhraseIndex<T> {

  /** A phrase found: its value and the words it covers, {@code [start, end)}. */
  record Match<T>(T value, int start, int end) {}

  private record Entry<T>(List<String> words, T value) {}

  private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
  private int size;

  /** Adds {@code words}; returns false when the phrase was there already. */
  boolean add(List<String> words, T value) {
    if (words.isEmpty()) {
      return false;
    }
    List<Entry<T>> entries = byFirst.computeIfAbsent(words.get(0), w -> new ArrayList<>(1));
    for (Entry<T> e : entries) {
      if (e.words.equals(words)) {
        return false;
      }
    }
    entries.add(new Entry<>(List.copyOf(words), value));
    entries.sort(Comparator.comparingInt((Entry<T> e) -> -e.words.size()));
    size++;
    return true;
  }

  int size() {
    return size;
  }

  /** The longest phrase that starts at {@code start} and ends before {@code limit}, or null. */
  Match<T> longestAt(List<String> words, int start, int limit) {
    List<Entry<T>> entries = byFirst.get(words.get(start));
    if (entries == null) {
      return null;
    }
    for (Entry<T> e : entries) {
      int n = e.words.size();
      if (start + n > limit) {
        continue;
      }
      boolean same = true;
      for (int k = 1; k < n && same; k++) {
        same = e.words.get(k).equals(words.get(start + k));
      }
      if (same) {
        return new Match<>(e.value, start, start + n);
      }
    }
    return null;
  }

  /** Phrases found left to right in {@code [from, to)}, longest first, not overlapping. */
  List<Match<T>> findAll(List<String> words, int from, int to) {
    List<Match<T>> found = new ArrayList<>();
    int i = from;
    while (i < to) {
      Match<T> m = longestAt(words, i, to);
      if (m == null) {
        i++;
      } else {
        found.add(m);
        i = m.end();
      }
    }
    return found;
  }

  /** Splits a dictionary phrase into words: blanks and underscores both join consecutive words. */
  static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    for (String w : phrase.replace('_', ' ').trim().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(w.toUpperCase(java.util.Locale.ROOT));
      }
    }
    return words;
  }
}
