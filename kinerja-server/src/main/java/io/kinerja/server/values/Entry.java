package io.kinerja.server.values;

import io.kinerja.core.period.Period;
import io.kinerja.core.problem.Location;
import java.util.Map;

/**
 * One figure to write: {@code value} null removes it. {@code at} is where it came from (a row of a file,
 * or an element of a JSON array), so that a problem can name the row and the column or field.
 */
public record Entry(Period period, String measure, Map<String, String> segment, Double value, String note, Location at) {

  public Entry {
    segment = Map.copyOf(segment);
  }

  /** The location of one column (a file) or field (JSON) of this entry. */
  public Location at(String column) {
    return at.file() != null ? Location.cell(at.file(), at.line(), column) : Location.field(at.field() + "." + column);
  }
}
