package io.kinerja.core.model;

/** The scoring methods of DESIGN §5, by the names a scorecard file uses. */
public enum Method {
  MULYADI,
  ACHIEVEMENT,
  SNORM,
  OMAX,
  BANDS;

  public static Method byName(String name) {
    for (Method method : values()) {
      if (method.name().equalsIgnoreCase(name)) {
        return method;
      }
    }
    return null;
  }

  public String key() {
    return name().toLowerCase();
  }
}
