package io.kinerja.metrics.expression;

/** The kinds of values an expression can have; a source's columns are mapped onto these. */
public enum ValueType {
  NUMBER,
  TEXT,
  DATE,
  TIMESTAMP,
  BOOLEAN,
  /** A column of a type the language cannot work with (a list, a blob): usable only with is null. */
  OTHER;

  public boolean isTime() {
    return this == DATE || this == TIMESTAMP;
  }

  public String key() {
    return name().toLowerCase();
  }

  /** Whether values of the two types can be compared with one another ({@code =}, {@code in}, …). */
  boolean comparableWith(ValueType other) {
    return this == other || (isTime() && other.isTime());
  }
}
