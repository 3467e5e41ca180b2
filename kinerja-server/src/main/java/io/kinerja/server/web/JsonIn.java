package io.kinerja.server.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.server.error.Refused;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON request body read field by field: every wrong type, missing field and unknown field is collected
 * with its path ({@code [2].value}) and reported together, instead of stopping at the first.
 */
final class JsonIn {

  /** Strict: trailing tokens and a key given twice in one object are refused, not silently resolved. */
  static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final JsonNode node;
  private final String path;
  private final Problems problems;

  private JsonIn(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** The body as JSON: malformed JSON is refused (400) with where it breaks; other media types with 415. */
  static JsonNode body(Context ctx) {
    String type = ctx.contentType();
    if (type != null && !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw Refused.of(Refused.Reason.UNSUPPORTED_MEDIA_TYPE, "server.expected_media_type", "application/json", type);
    }
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length == 0) {
      throw Refused.of(Refused.Reason.MALFORMED, "server.empty_body");
    }
    try {
      return MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw Refused.of(Refused.Reason.MALFORMED, "server.malformed_json", at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(), plain(e.getOriginalMessage()));
    } catch (java.io.IOException e) {
      throw Refused.of(Refused.Reason.MALFORMED, "server.malformed_json", 0, 0, String.valueOf(e.getMessage()));
    }
  }

  /**
   * The parser's complaint without its advice to programmers (which setting to enable, which Java method
   * holds a limit) and without its note on a hidden source.
   */
  static String plain(String message) {
    return String.valueOf(message).replaceAll(": enable `[^`]*` to allow", "")
        .replaceAll(", from `[^`]*`", "")
        .replaceAll("\\[Source: REDACTED \\(`[^`]*` disabled\\); ", "[");
  }

  /** The root must be an object with only the {@code allowed} fields. */
  static JsonIn object(JsonNode root, Problems problems, String... allowed) {
    return object(root, "", problems, allowed);
  }

  static JsonIn object(JsonNode node, String path, Problems problems, String... allowed) {
    JsonIn in = new JsonIn(node, path, problems);
    if (!node.isObject()) {
      problems.error(in.at(null), "server.json_not_object");
      return new JsonIn(MAPPER.createObjectNode(), path, problems);
    }
    Set<String> known = Set.of(allowed);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.error(in.at(name), "server.json_unknown_field", name, String.join(", ", new TreeSet<>(known)));
      }
    }
    return in;
  }

  /** The root must be an array; each element is handed to {@code element} with its path. */
  static List<JsonNode> array(JsonNode root, Problems problems) {
    if (!root.isArray()) {
      problems.error(Location.field("body"), "server.json_not_array");
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    root.forEach(out::add);
    return out;
  }

  Location at(String field) {
    String where = field == null ? path : path.isEmpty() ? field : path + "." + field;
    return Location.field(where.isEmpty() ? "body" : where);
  }

  String text(String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        problems.error(at(field), "server.field_required", field);
      }
      return null;
    }
    if (!v.isTextual()) {
      problems.error(at(field), "server.json_not_text", field);
      return null;
    }
    return v.asText();
  }

  /** A number, or null when the field is missing or null. */
  Double number(String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        problems.error(at(field), "server.field_required", field);
      }
      return null;
    }
    if (!v.isNumber()) {
      problems.error(at(field), "server.json_not_number", field);
      return null;
    }
    if (!Double.isFinite(v.asDouble())) { // 1e400 reads as Infinity: no figure can be that
      problems.error(at(field), "csv.number_too_large", v.asText());
      return null;
    }
    return v.asDouble();
  }

  boolean has(String field) {
    return node.has(field);
  }

  boolean bool(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      problems.error(at(field), "server.json_not_boolean", field);
      return false;
    }
    return v.asBoolean();
  }

  /** An object of text values, such as a segment {@code {"channel": "email"}}. */
  Map<String, String> texts(String field) {
    JsonNode v = node.get(field);
    Map<String, String> out = new LinkedHashMap<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isObject()) {
      problems.error(at(field), "server.json_not_object");
      return out;
    }
    v.properties().forEach(e -> {
      if (e.getValue().isTextual() && !e.getValue().asText().isEmpty()) {
        out.put(e.getKey(), e.getValue().asText());
      } else {
        problems.error(at(field + "." + e.getKey()), "server.json_not_text", e.getKey());
      }
    });
    return out;
  }

  static void throwIfErrors(Problems problems) {
    if (problems.hasErrors()) {
      throw new InvalidInputException(problems.all());
    }
  }
}
