package io.kinerja.server.web;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.server.error.Refused;
import io.kinerja.server.scorecards.Upload;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scorecard upload as it arrives: the YAML alone ({@code Content-Type: application/yaml}, file name from
 * {@code ?name=}), a zip of the YAML and its data files ({@code application/zip}), or a multipart form
 * with the YAML in the field {@code scorecard} and its data files in any other field.
 */
final class Uploads {

  private static final List<String> YAML_TYPES = List.of("application/yaml", "application/x-yaml", "text/yaml",
      "text/x-yaml");

  private Uploads() {}

  static Upload of(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (YAML_TYPES.stream().anyMatch(type::startsWith)) {
      String name = ctx.queryParam("name") == null ? "scorecard.yaml" : ctx.queryParam("name");
      return new Upload(name, Upload.yamlText(name, ctx.bodyAsBytes()), Map.of());
    }
    if (type.startsWith("application/zip")) {
      return Upload.fromZip(ctx.bodyAsBytes());
    }
    if (type.startsWith("multipart/form-data")) {
      return multipart(ctx);
    }
    throw Refused.of(Refused.Reason.UNSUPPORTED_MEDIA_TYPE, "server.expected_media_type",
        "application/yaml, application/zip, multipart/form-data", type.isEmpty() ? "—" : type);
  }

  private static Upload multipart(Context ctx) {
    UploadedFile yaml = ctx.uploadedFile("scorecard");
    if (yaml == null) {
      throw InvalidInputException.of(Location.field("scorecard"), "server.field_required", "scorecard");
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    ctx.uploadedFileMap().forEach((field, list) -> {
      if (!field.equals("scorecard")) {
        list.forEach(f -> files.put(f.filename(), Api.bytes(f)));
      }
    });
    String name = yaml.filename() == null || yaml.filename().isBlank() ? "scorecard.yaml" : yaml.filename();
    return new Upload(name, Upload.yamlText(name, Api.bytes(yaml)), files);
  }

  /** Whether an Accept header asks for YAML rather than JSON. */
  static boolean wantsYaml(String accept) {
    if (accept == null) {
      return false;
    }
    String a = accept.toLowerCase(Locale.ROOT);
    return YAML_TYPES.stream().anyMatch(a::contains) && !a.startsWith("application/json");
  }
}
