package org.entente.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The examples of a README, in order: each command line of its {@code sh} blocks (lines ending in a
 * backslash joined to the next, comment lines left out), and each {@code text} block that opens
 * with {@code $ command}, whose other lines are the output the README shows for it.
 */
final class ReadmeExamples {

  /**
   * One example.
   *
   * @param line the README line the command is on (1-based)
   * @param command the command, as a shell reads it
   * @param shown the output shown after it, none for a command of a {@code sh} block
   */
  record Example(int line, String command, List<String> shown) {}

  private ReadmeExamples() {}

  static List<Example> parse(String markdown) {
    List<Example> examples = new ArrayList<>();
    List<String> lines = markdown.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i);
      if (!fence.startsWith("```") || fence.length() == 3) {
        continue;
      }
      String info = fence.substring(3).trim();
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).startsWith("```")) {
        end++;
      }
      List<String> block = lines.subList(i + 1, end);
      if (info.equals("sh")) {
        examples.addAll(commands(block, i + 2));
      } else if (info.equals("text") && !block.isEmpty() && block.get(0).startsWith("$ ")) {
        examples.add(
            new Example(
                i + 2, block.get(0).substring(2), List.copyOf(block.subList(1, end - i - 1))));
      }
      i = end;
    }
    return examples;
  }

  private static List<Example> commands(List<String> block, int firstLine) {
    List<Example> commands = new ArrayList<>();
    StringBuilder command = new StringBuilder();
    int start = -1;
    for (int k = 0; k < block.size(); k++) {
      String line = block.get(k);
      if (command.isEmpty() && (line.isBlank() || line.stripLeading().startsWith("#"))) {
        continue;
      }
      if (command.isEmpty()) {
        start = firstLine + k;
      }
      if (line.endsWith("\\")) {
        command.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      command.append(line);
      commands.add(new Example(start, command.toString().strip(), List.of()));
      command.setLength(0);
    }
    return commands;
  }
}
