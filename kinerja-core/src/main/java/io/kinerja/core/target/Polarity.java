package io.kinerja.core.target;

/** Which way is better for an indicator. */
public enum Polarity {
  /** Higher is better ({@code >= T}). */
  HIGHER,
  /** Lower is better ({@code <= T}). */
  LOWER,
  /** Inside a range is the standard ({@code between A and B}). */
  RANGE,
  /** A class of an ordered scale is the standard ({@code = Puas}). */
  ORDINAL,
  /** Any value above zero meets it ({@code exists}). */
  BOOLEAN;

  public String key() {
    return name().toLowerCase();
  }
}
