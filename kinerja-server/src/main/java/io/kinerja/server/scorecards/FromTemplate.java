package io.kinerja.server.scorecards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinerja.data.template.Templates;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scorecard made from a template of the catalogue, as if its folder had been uploaded: the template's
 * YAML with its top-level {@code id:} and {@code name:} lines set to the ones asked for (everything else,
 * comments included, as the template has it), and its data files beside it.
 */
public final class FromTemplate {

  /** What a scorecard id may hold (as the scorecard file's {@code id:}). */
  public static final Pattern ID = Pattern.compile("[a-z0-9_-]{1,64}");

  private static final Pattern ID_LINE = Pattern.compile("(?m)^id:.*$");
  private static final Pattern NAME_LINE = Pattern.compile("(?m)^name:.*$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private FromTemplate() {}

  /** The upload of {@code template} with its id and name replaced where given (null: the template's own). */
  public static Upload upload(Templates.Template template, String id, String name) {
    Map<String, byte[]> files = new LinkedHashMap<>(Templates.files(template));
    String yaml = new String(files.remove(template.scorecardFile()), StandardCharsets.UTF_8);
    if (id != null) {
      yaml = replaceFirst(ID_LINE, yaml, "id: " + id);
    }
    if (name != null) {
      yaml = withName(yaml, name);
    }
    return new Upload(template.scorecardFile(), yaml, files);
  }

  /** The YAML with its top-level {@code name:} line set to {@code name}, the rest unchanged. */
  public static String withName(String yaml, String name) {
    return replaceFirst(NAME_LINE, yaml, "name: " + quoted(name));
  }

  private static String replaceFirst(Pattern line, String yaml, String replacement) {
    Matcher m = line.matcher(yaml);
    if (!m.find()) {
      throw io.kinerja.core.problem.InvalidInputException.of(io.kinerja.core.problem.Location.field("name"),
          "server.no_name_line");
    }
    return yaml.substring(0, m.start()) + replacement + yaml.substring(m.end());
  }

  /** A JSON string is a YAML double-quoted scalar: any text the user gives stays text. */
  private static String quoted(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
