package io.kinerja.metrics.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Reads the values engines return (each driver has its own Java types for dates and numbers). */
final class Values {

  private Values() {}

  /** A day (a date, or a timestamp at midnight) as a {@link LocalDate}, {@code null} for NULL. */
  static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate) {
      return (LocalDate) value;
    }
    if (value instanceof LocalDateTime) {
      return ((LocalDateTime) value).toLocalDate();
    }
    if (value instanceof java.sql.Timestamp) {
      return ((java.sql.Timestamp) value).toLocalDateTime().toLocalDate();
    }
    if (value instanceof java.sql.Date) {
      return ((java.sql.Date) value).toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }

  /** A number as a double, {@code null} for NULL. */
  static Double number(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }

  /** A value as text ({@code null} for NULL): drivers give text columns as strings, some as bytes. */
  static String text(Object value) {
    if (value instanceof byte[]) {
      return new String((byte[]) value, java.nio.charset.StandardCharsets.UTF_8);
    }
    return value == null ? null : value.toString();
  }
}
