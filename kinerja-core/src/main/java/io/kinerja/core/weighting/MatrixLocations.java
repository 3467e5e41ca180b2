package io.kinerja.core.weighting;

import io.kinerja.core.problem.Location;
import java.util.List;

/**
 * Where a matrix's elements and cells are, so that a problem found in the core points at the place the
 * user wrote it: a CSV reader maps a cell to its file, line and column, the default names the cell by
 * its row and column elements.
 */
public interface MatrixLocations {

  /** The cell in row {@code row} and column {@code column}, 0-based. */
  Location cell(int row, int column);

  /** Where element {@code index} (0-based) is named. */
  Location element(int index);

  /** Cells named {@code (row element, column element)}, elements by their position. */
  static MatrixLocations byName(List<String> elements) {
    return new MatrixLocations() {
      @Override
      public Location cell(int row, int column) {
        return Location.field("(" + name(row) + ", " + name(column) + ")");
      }

      @Override
      public Location element(int index) {
        return Location.field("#" + (index + 1));
      }

      private String name(int index) {
        return index < elements.size() ? elements.get(index) : "#" + (index + 1);
      }
    };
  }
}
