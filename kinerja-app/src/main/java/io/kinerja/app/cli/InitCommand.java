package io.kinerja.app.cli;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code kinerja init --template NAME DIR}: writes a working scorecard with its data files, which scores as
 * it is. The folder is written whole or not at all (built beside it, then moved into place), and an
 * existing non-empty folder is never overwritten.
 */
public final class InitCommand implements Command {

  /** A template: its name, what it is, and its files (in the jar, under {@code templates/NAME/}). */
  record Template(String name, String summary, List<String> files) {}

  @Override
  public String name() {
    return "init";
  }

  @Override
  public String summary() {
    return "Writes a working scorecard and data skeleton from a template.";
  }

  @Override
  public String usage() {
    StringBuilder text = new StringBuilder("""
        Usage: kinerja init --template NAME DIR [--lang en|id]
          --template NAME   one of:
        """);
    for (Template t : templates()) {
      text.append(String.format("                      %-18s %s%n", t.name(), t.summary()));
    }
    text.append("  DIR               a new (or empty) folder\n");
    return text.toString();
  }

  @Override
  public int run(List<String> argv, PrintWriter out, PrintWriter err) {
    Args args = Args.parse(argv, Set.of("--template", "--lang"), Set.of(), Set.of());
    Path dir = Path.of(args.positional(1, 1, "DIR").get(0));
    Language language = Languages.chosen(args.option("--lang").orElse(null), Languages.fromEnvironment());
    String name = args.option("--template").orElseThrow(
        () -> InvalidInputException.of(Location.field("--template"), "cli.missing_argument", "--template NAME"));
    Template template = templates().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(
        () -> InvalidInputException.of(Location.field("--template"), "cli.unknown_template", name,
            String.join(", ", templates().stream().map(Template::name).toList())));
    checkTarget(dir);
    write(template, dir);
    out.println(Message.of("cli.initialised", template.name(), dir.toString(),
        dir.resolve("scorecard.yaml").toString()).in(language));
    return 0;
  }

  static List<Template> templates() {
    List<Template> list = new ArrayList<>();
    try (BufferedReader index = reader("index.txt")) {
      String line;
      while ((line = index.readLine()) != null) {
        if (!line.isBlank()) {
          String[] f = line.split("\t");
          list.add(new Template(f[0], f[1], List.of(f[2].split(" "))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return list;
  }

  private static BufferedReader reader(String resource) {
    InputStream in = InitCommand.class.getResourceAsStream("/io/kinerja/app/templates/" + resource);
    if (in == null) {
      throw new IllegalStateException("the jar lacks the template resource " + resource);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static void checkTarget(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw InvalidInputException.of(Location.file(dir.toString()), "cli.init_not_a_folder");
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw InvalidInputException.of(Location.file(dir.toString()), "cli.init_folder_not_empty");
        }
      } catch (IOException e) {
        throw InvalidInputException.of(Location.file(dir.toString()), "file.unreadable", String.valueOf(e.getMessage()));
      }
    }
  }

  /** Builds the folder beside its destination and moves it into place, so a failure leaves nothing behind. */
  private static void write(Template template, Path dir) {
    Path absolute = dir.toAbsolutePath();
    Path parent = absolute.getParent();
    Path staging = null;
    try {
      Files.createDirectories(parent);
      staging = Files.createTempDirectory(parent, ".kinerja-init-");
      for (String file : template.files()) {
        try (InputStream in = InitCommand.class.getResourceAsStream(
            "/io/kinerja/app/templates/" + template.name() + "/" + file)) {
          Files.copy(in, staging.resolve(file));
        }
      }
      if (Files.isDirectory(absolute)) {
        Files.delete(absolute);
      }
      move(staging, absolute);
      staging = null;
    } catch (IOException e) {
      throw InvalidInputException.of(Location.file(dir.toString()), "cli.init_cannot_write", String.valueOf(e.getMessage()));
    } finally {
      deleteQuietly(staging);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteQuietly(Path staging) {
    if (staging == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(staging)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // Best effort: the staging folder is hidden and named as ours.
    }
  }
}
