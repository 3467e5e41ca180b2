package io.kinerja.server.scorecards;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * The line diff of two versions' YAML as stored (the bytes people uploaded or saved), every line of the
 * newer file with what was removed before it, so a page can show the whole file or only the changes.
 */
public final class VersionDiff {

  /** What happened to a line. */
  public enum Kind {
    SAME, ADDED, REMOVED
  }

  /** One line: its number in the older and the newer file (0: not there), and its text. */
  public record Line(Kind kind, int oldNumber, int newNumber, String text) {}

  private VersionDiff() {}

  public static List<Line> of(String older, String newer) {
    List<String> a = lines(older);
    List<String> b = lines(newer);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Line> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int from = delta.getSource().getPosition();
      while (i < from) {
        out.add(new Line(Kind.SAME, ++i, ++j, a.get(i - 1)));
      }
      for (String removed : delta.getSource().getLines()) {
        out.add(new Line(Kind.REMOVED, ++i, 0, removed));
      }
      for (String added : delta.getTarget().getLines()) {
        out.add(new Line(Kind.ADDED, 0, ++j, added));
      }
    }
    while (i < a.size()) {
      out.add(new Line(Kind.SAME, ++i, ++j, a.get(i - 1)));
    }
    return out;
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\r?\n", -1));
  }
}
