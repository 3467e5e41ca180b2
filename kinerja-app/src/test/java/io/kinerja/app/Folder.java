package io.kinerja.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A scorecard folder written by a test: files by name, then the command line run on it. */
record Folder(Path dir) {

  private static final ObjectMapper JSON = new ObjectMapper();

  Folder with(String file, String content) {
    try {
      Files.writeString(dir.resolve(file), content.stripIndent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Path scorecard() {
    return dir.resolve("scorecard.yaml");
  }

  Cli run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = args[0];
    all[1] = scorecard().toString();
    System.arraycopy(args, 1, all, 2, args.length - 1);
    return Cli.run(all);
  }

  /** {@code kinerja score} as JSON; fails unless it exits 0 with nothing on stderr. */
  JsonNode json(String... options) {
    String[] args = new String[options.length + 3];
    args[0] = "score";
    args[1] = "--format";
    args[2] = "json";
    System.arraycopy(options, 0, args, 3, options.length);
    Cli run = run(args);
    if (run.exit() != 0) {
      throw new AssertionError("exit " + run.exit() + ": " + run.err());
    }
    try {
      return JSON.readTree(run.out());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode indicator(JsonNode result, String id) {
    for (JsonNode i : result.get("indicators")) {
      if (i.get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no indicator " + id);
  }

  static JsonNode perspective(JsonNode result, String id) {
    for (JsonNode p : result.get("perspectives")) {
      if (p.get("id").asText().equals(id)) {
        return p;
      }
    }
    throw new AssertionError("no perspective " + id);
  }
}
