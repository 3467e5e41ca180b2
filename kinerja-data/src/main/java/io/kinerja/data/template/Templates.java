package io.kinerja.data.template;

import io.kinerja.core.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The templates in this module's resources ({@code templates/index.txt} lists them, one per line). */
public final class Templates {

  /** A template: its id, name and description in each language, and its files (the scorecard first). */
  public record Template(String id, Map<Language, String> names, Map<Language, String> descriptions,
      List<String> files) {

    public Template {
      names = Map.copyOf(names);
      descriptions = Map.copyOf(descriptions);
      files = List.copyOf(files);
    }

    public String name(Language language) {
      return names.get(language);
    }

    public String description(Language language) {
      return descriptions.get(language);
    }

    /** The scorecard file's name: the first file. */
    public String scorecardFile() {
      return files.get(0);
    }
  }

  private static final String ROOT = "/io/kinerja/data/templates/";
  private static final List<Template> ALL = read();

  private Templates() {}

  public static List<Template> all() {
    return ALL;
  }

  public static Optional<Template> byId(String id) {
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** Every file of the template by name, the scorecard first. */
  public static Map<String, byte[]> files(Template template) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String file : template.files()) {
      try (InputStream in = resource(template.id() + "/" + file)) {
        files.put(file, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static List<Template> read() {
    List<Template> list = new ArrayList<>();
    try (BufferedReader index = new BufferedReader(new InputStreamReader(resource("index.txt"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = index.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          list.add(new Template(f[0], Map.of(Language.EN, f[1], Language.ID, f[2]),
              Map.of(Language.EN, f[3], Language.ID, f[4]), List.of(f[5].split(" "))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(list);
  }

  private static InputStream resource(String path) {
    InputStream in = Templates.class.getResourceAsStream(ROOT + path);
    if (in == null) {
      throw new IllegalStateException("the jar lacks the template resource " + path);
    }
    return in;
  }
}
