package io.kinerja.app.cli;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;

/** The output formats of the commands that print results. */
enum Format {
  TABLE,
  JSON;

  static Format parse(String text) {
    for (Format f : values()) {
      if (f.name().equalsIgnoreCase(text)) {
        return f;
      }
    }
    throw InvalidInputException.of(Location.field("--format"), "cli.unknown_format", text, "table, json");
  }
}
