package org.entente.text.english;

import java.util.ArrayList;
import java.util.List;

/**
 * A Penn Treebank parse, {@code (ROOT (S (NP (NNP Arnor)) (VP (VBZ is) …)))}, as phrase nodes over
 * the leaves' word positions. Each node knows its label, its children, its parent and the words it
 * spans, {@code [start, end)}.
 */
final class TreebankTree {

  /** A phrase or a leaf (a leaf has a tag as label and its word). */
  static final class Node {
    final String label;
    final Node parent;
    final List<Node> children = new ArrayList<>();
    final String word;
    int start;
    int end;

    Node(String label, Node parent, String word) {
      this.label = label;
      this.parent = parent;
      this.word = word;
    }

    boolean isLeaf() {
      return word != null;
    }

    boolean is(String prefix) {
      return label.startsWith(prefix);
    }

    @Override
    public String toString() {
      return label + "[" + start + "," + end + ")";
    }
  }

  final Node root;
  final List<Node> leaves;

  private TreebankTree(Node root, List<Node> leaves) {
    this.root = root;
    this.leaves = leaves;
  }

  /**
   * Parses {@code text}; throws {@link IllegalArgumentException} naming the offset if malformed.
   */
  static TreebankTree parse(String text) {
    List<Node> leaves = new ArrayList<>();
    Node[] stack = new Node[256];
    int depth = 0;
    Node root = null;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(') {
        int j = i + 1;
        while (j < n
            && !Character.isWhitespace(text.charAt(j))
            && text.charAt(j) != '('
            && text.charAt(j) != ')') {
          j++;
        }
        String label = text.substring(i + 1, j);
        int k = j;
        while (k < n && Character.isWhitespace(text.charAt(k))) {
          k++;
        }
        if (k < n && text.charAt(k) != '(' && text.charAt(k) != ')') {
          int w = k;
          while (w < n && !Character.isWhitespace(text.charAt(w)) && text.charAt(w) != ')') {
            w++;
          }
          int close = w;
          while (close < n && Character.isWhitespace(text.charAt(close))) {
            close++;
          }
          if (close >= n || text.charAt(close) != ')' || depth == 0) {
            throw new IllegalArgumentException("malformed leaf at offset " + i);
          }
          Node leaf = new Node(label, stack[depth - 1], text.substring(k, w));
          leaf.start = leaves.size();
          leaf.end = leaf.start + 1;
          leaves.add(leaf);
          stack[depth - 1].children.add(leaf);
          i = close + 1;
        } else {
          Node node =
              new Node(
                  label.isEmpty() ? "ROOT" : label, depth == 0 ? null : stack[depth - 1], null);
          if (depth == 0) {
            if (root != null) {
              throw new IllegalArgumentException("text after the tree at offset " + i);
            }
            root = node;
          } else {
            stack[depth - 1].children.add(node);
          }
          if (depth == stack.length) {
            throw new IllegalArgumentException("tree deeper than " + stack.length);
          }
          node.start = leaves.size();
          stack[depth++] = node;
          i = j;
        }
      } else if (c == ')') {
        if (depth == 0) {
          throw new IllegalArgumentException("unbalanced ')' at offset " + i);
        }
        stack[--depth].end = leaves.size();
        i++;
      } else {
        throw new IllegalArgumentException("unexpected '" + c + "' at offset " + i);
      }
    }
    if (depth != 0 || root == null) {
      throw new IllegalArgumentException(
          "tree not closed: " + depth + " open bracket(s) at the end");
    }
    return new TreebankTree(root, List.copyOf(leaves));
  }
}
