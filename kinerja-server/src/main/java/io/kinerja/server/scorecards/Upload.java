package io.kinerja.server.scorecards;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.kinerja.data.yaml.DataFile;
import io.kinerja.data.yaml.DerivedWeights;
import io.kinerja.data.yaml.ScorecardDocument;
import io.kinerja.data.yaml.ScorecardReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A scorecard as uploaded: its YAML text (kept exactly as sent) and, by name, the data files that come
 * with it. File names are plain relative paths: nothing can be written outside a scorecard's folder.
 */
public record Upload(String fileName, String yaml, Map<String, byte[]> files) {

  private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*");
  /** Unpacked, a zip may not grow past this: a small zip must not fill the disk. */
  static final long LARGEST_UNPACKED = 256L * 1024 * 1024;

  public Upload {
    files = Map.copyOf(files);
  }

  public static boolean isSafePath(String path) {
    return path != null && path.length() <= 200 && SAFE_PATH.matcher(path).matches() && !path.contains("..");
  }

  /** The files a document names (measures, programmes, questionnaires, raw-record sources) and where. */
  public static Map<String, Location> named(ScorecardDocument document) {
    Map<String, Location> named = new LinkedHashMap<>();
    for (DataFile file : new DataFile[] {document.measures(), document.programmes(), document.surveys()}) {
      if (file != null) {
        named.putIfAbsent(file.path(), file.declaredAt());
      }
    }
    List<DerivedWeights> weights = new ArrayList<>(document.indicatorWeights().values());
    if (document.perspectiveWeights() != null) {
      weights.add(0, document.perspectiveWeights());
    }
    weights.forEach(w -> w.files().forEach(f -> named.putIfAbsent(f, w.declaredAt())));
    document.sources().values().forEach(d -> {
      String file = d.fields().get("file");
      if (file != null) {
        named.putIfAbsent(file, d.at().getOrDefault("file", d.location()));
      }
    });
    return named;
  }

  /** A scorecard file on disk and the data files it names, as if uploaded together (the demo's cases). */
  public static Upload fromFolder(Path scorecardFile) {
    ScorecardDocument document = ScorecardReader.read(scorecardFile);
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      for (String path : named(document).keySet()) {
        files.put(path, Files.readAllBytes(document.folder().resolve(path)));
      }
      return new Upload(scorecardFile.getFileName().toString(), Files.readString(scorecardFile), files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The YAML of an upload, which must be UTF-8 text. */
  public static String yamlText(String fileName, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of(Location.file(fileName), "yaml.not_utf8");
    }
  }

  /**
   * A zip holding one scorecard file ({@code scorecard.yaml}, or the only {@code .yaml}/{@code .yml} at
   * its top) and its data files.
   */
  public static Upload fromZip(byte[] zip) {
    Map<String, byte[]> entries = unzip(zip);
    String yamlName = entries.containsKey("scorecard.yaml") ? "scorecard.yaml" : null;
    if (yamlName == null) {
      for (String name : entries.keySet()) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!name.contains("/") && (lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
          if (yamlName != null) {
            throw InvalidInputException.of(Location.file(name), "server.zip_two_scorecards", yamlName, name);
          }
          yamlName = name;
        }
      }
    }
    if (yamlName == null) {
      throw InvalidInputException.of(Location.field("body"), "server.zip_no_scorecard");
    }
    byte[] yaml = entries.remove(yamlName);
    return new Upload(yamlName, yamlText(yamlName, yaml), entries);
  }

  private static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.isDirectory()) {
          continue;
        }
        if (!isSafePath(e.getName())) {
          throw InvalidInputException.of(Location.file(e.getName()), "server.bad_file_name", e.getName());
        }
        byte[] content = read(in, LARGEST_UNPACKED - total);
        total += content.length;
        entries.put(e.getName(), content);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw InvalidInputException.of(Location.field("body"), "server.bad_zip", String.valueOf(e.getMessage()));
    }
    if (entries.isEmpty()) {
      throw InvalidInputException.of(Location.field("body"), "server.bad_zip", "no files");
    }
    return entries;
  }

  private static byte[] read(InputStream in, long allowed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > allowed) {
        throw InvalidInputException.of(Location.field("body"), "server.zip_too_large", LARGEST_UNPACKED / (1024 * 1024));
      }
    }
    return out.toByteArray();
  }
}
