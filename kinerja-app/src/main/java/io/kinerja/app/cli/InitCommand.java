package io.kinerja.app.cli;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import io.kinerja.data.template.Templates;
import io.kinerja.data.template.Templates.Template;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code kinerja init --template NAME DIR}: writes a working scorecard with its data files, which scores as
 * it is. The folder is written whole or not at all (built beside it, then moved into place), and an
 * existing non-empty folder is never overwritten. The templates live in kinerja-data ({@link Templates}),
 * where the server offers the same ones.
 */
public final class InitCommand implements Command {

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
    for (Template t : Templates.all()) {
      text.append(String.format("                      %-18s %s%n", t.id(), t.description(Language.EN)));
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
    Template template = Templates.byId(name).orElseThrow(
        () -> InvalidInputException.of(Location.field("--template"), "cli.unknown_template", name,
            String.join(", ", Templates.all().stream().map(Template::id).toList())));
    checkTarget(dir);
    write(template, dir);
    out.println(Message.of("cli.initialised", template.id(), dir.toString(),
        dir.resolve("scorecard.yaml").toString()).in(language));
    return 0;
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
      for (Map.Entry<String, byte[]> file : Templates.files(template).entrySet()) {
        Files.write(staging.resolve(file.getKey()), file.getValue());
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
