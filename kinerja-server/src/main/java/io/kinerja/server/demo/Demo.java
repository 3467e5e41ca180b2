package io.kinerja.server.demo;

import io.kinerja.server.auth.User;
import io.kinerja.server.scorecards.Library;
import io.kinerja.server.scorecards.Scorecards;
import io.kinerja.server.scorecards.Upload;
import io.kinerja.server.store.Store;
import io.kinerja.server.units.Units;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Loads every case folder of {@code examples/} (a folder with one or more scorecard files and the data
 * files they name) as one unit of a demo company, each scorecard file as a scorecard of that unit.
 * Scorecards already in the store are left as they are, so a second start with the same data is quiet.
 */
public final class Demo {

  static final String COMPANY = "demo";
  static final String DIVISION = "examples";

  private Demo() {}

  public static void load(Path examples, Store store, Units units, Scorecards scorecards, PrintWriter out) {
    User admin = new User("admin", true);
    ensureUnit(store, units, admin, COMPANY, "Demo company", "company", null);
    ensureUnit(store, units, admin, DIVISION, "Reference cases", "division", COMPANY);
    for (Path folder : folders(examples)) {
      String unit = folder.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
      ensureUnit(store, units, admin, unit, folder.getFileName().toString(), "unit", DIVISION);
      for (Path yaml : scorecardFiles(folder)) {
        Upload upload = Upload.fromFolder(yaml);
        String id = io.kinerja.data.yaml.ScorecardReader.read(yaml).scorecard().id();
        if (store.read(c -> Library.row(c, id)).isPresent()) {
          continue;
        }
        scorecards.create(admin, unit, upload);
        out.println("demo: loaded " + id + " from " + examples.relativize(yaml) + " into unit " + unit);
      }
    }
    out.flush();
  }

  private static void ensureUnit(Store store, Units units, User admin, String id, String name, String kind,
      String parent) {
    if (store.read(c -> Units.find(c, id)).isEmpty()) {
      units.create(admin, id, name, kind, parent);
    }
  }

  private static List<Path> folders(Path examples) {
    try (Stream<Path> all = Files.list(examples)) {
      return all.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> scorecardFiles(Path folder) {
    try (Stream<Path> all = Files.list(folder)) {
      return all.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
