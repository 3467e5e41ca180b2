package io.kinerja.core.weighting;

import java.util.Optional;

/** How priorities are drawn from a pairwise matrix (DESIGN §5.9); every result says which was used. */
public enum PriorityMethod {
  /** Saaty's principal right eigenvector, found by power iteration. The default. */
  EIGENVECTOR("eigenvector"),
  /** Each column divided by its sum, then the rows averaged: the spreadsheet approximation. */
  COLUMN_AVERAGE("column-average"),
  /** The geometric mean of each row, normalised (Crawford and Williams). */
  GEOMETRIC_MEAN("geometric-mean");

  private final String code;

  PriorityMethod(String code) {
    this.code = code;
  }

  /** The name users write and JSON shows: {@code eigenvector}, {@code column-average}, {@code geometric-mean}. */
  public String code() {
    return code;
  }

  /** The method named {@code code} (any case), or empty. */
  public static Optional<PriorityMethod> byCode(String code) {
    for (PriorityMethod method : values()) {
      if (method.code.equalsIgnoreCase(code.strip())) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }
}
