package io.kinerja.server.ahp;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points a scorecard's YAML at an AHP file, changing only the lines of one {@code weights:} key so that
 * the rest of the file (comments, order, layout) stays exactly as its author wrote it. The perspectives'
 * weights are the top-level key; a perspective's indicators' weights are a key of that perspective's item,
 * which must be written in block style ({@code - id: …} on its own line). The result is checked by the
 * scorecard upload itself, so a file this cannot edit safely is refused, never half-changed.
 */
final class AhpYaml {

  private AhpYaml() {}

  static String withAhpFile(String yaml, String perspective, String file) {
    List<String> lines = new ArrayList<>(Arrays.asList(yaml.split("\n", -1)));
    String entry = "weights: { ahp: " + file + " }";
    if (perspective == null) {
      replaceOrInsert(lines, 0, lines.size(), "", entry, Pattern.compile("^perspectives:"));
    } else {
      Pattern item = Pattern.compile("^(\\s*)- id:\\s*[\"']?" + Pattern.quote(perspective) + "[\"']?\\s*(#.*)?$");
      int start = -1;
      String indent = null;
      for (int i = 0; i < lines.size() && start < 0; i++) {
        Matcher m = item.matcher(lines.get(i));
        if (m.matches()) {
          start = i;
          indent = m.group(1) + "  ";
        }
      }
      if (start < 0) {
        throw InvalidInputException.of(Location.field("perspective"), "ahp.page.cannot_edit_yaml", perspective);
      }
      int end = start + 1;
      while (end < lines.size() && (blankOrComment(lines.get(end)) || indentOf(lines.get(end)) >= indent.length())) {
        end++;
      }
      replaceOrInsert(lines, start + 1, end, indent, entry, null);
    }
    return String.join("\n", lines);
  }

  /**
   * Within lines [from, to) at {@code indent}: replaces the {@code weights:} key and its indented block,
   * or inserts the entry before the line matching {@code before} (or at {@code from} when none).
   */
  private static void replaceOrInsert(List<String> lines, int from, int to, String indent, String entry, Pattern before) {
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      if (line.startsWith(indent + "weights:") && indentOf(line) == indent.length()) {
        int end = i + 1;
        while (end < to && !lines.get(end).isBlank() && indentOf(lines.get(end)) > indent.length()) {
          end++;
        }
        lines.subList(i, end).clear();
        lines.add(i, indent + entry);
        return;
      }
    }
    int at = from;
    if (before != null) {
      for (int i = from; i < to; i++) {
        if (before.matcher(lines.get(i)).find()) {
          at = i;
          break;
        }
      }
    }
    lines.add(at, indent + entry);
  }

  private static boolean blankOrComment(String line) {
    String s = line.strip();
    return s.isEmpty() || s.startsWith("#");
  }

  private static int indentOf(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
