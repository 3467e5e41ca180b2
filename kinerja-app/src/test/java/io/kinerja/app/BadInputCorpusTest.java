package io.kinerja.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus of the command line, {@code src/test/resources/bad/KIND/NAME.EXT}: each file takes
 * the place of one file of the valid {@link ScorecardFolder} (scorecard.yaml, measures.csv, programs.csv,
 * survey.csv) and {@code NAME.expected} beside it says what {@code kinerja score} must answer:
 *
 * <pre>
 * where: scorecard.yaml:8:12           the place named in front of the message (file:line:column, or file:row, column C)
 * en: not valid YAML | mapping values  words the English message must hold (' | ' between them)
 * id: bukan YAML yang sah              words the Indonesian one must hold (optional)
 * </pre>
 *
 * Every case must end with exit code 2, nothing on stdout, no stack trace, and every file of the folder
 * byte for byte as it was (hashed before and after). A file without its {@code .expected} fails.
 */
class BadInputCorpusTest {

  private static final Map<String, String> REPLACES = Map.of("scorecard", "scorecard.yaml", "measures", "measures.csv",
      "programs", "programs.csv", "surveys", "survey.csv");

  @TempDir Path dir;

  static Path corpus(String kind) {
    try {
      return Path.of(BadInputCorpusTest.class.getResource("/bad/" + kind).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> cases(String kind) {
    try (Stream<Path> files = Files.list(corpus(kind))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".expected")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sidecar of a case: its keys and their values. */
  static Map<String, String> expected(String kind, String file) {
    Path sidecar = corpus(kind).resolve(file.substring(0, file.lastIndexOf('.')) + ".expected");
    assertThat(sidecar).as("the expected answer of bad/%s/%s", kind, file).exists();
    Map<String, String> out = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
        int colon = line.indexOf(": ");
        if (colon > 0 && !line.startsWith("#")) {
          out.put(line.substring(0, colon), line.substring(colon + 2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String[] words(String list) {
    return list == null ? new String[0] : Arrays.stream(list.split(" \\| ")).map(String::strip).toArray(String[]::new);
  }

  static Stream<String> scorecard() {
    return cases("scorecard").stream();
  }

  static Stream<String> measures() {
    return cases("measures").stream();
  }

  static Stream<String> programs() {
    return cases("programs").stream();
  }

  static Stream<String> surveys() {
    return cases("surveys").stream();
  }

  private void check(String kind, String file) throws IOException {
    Map<String, String> expected = expected(kind, file);
    ScorecardFolder folder = ScorecardFolder.valid(dir);
    folder.writeBytes(REPLACES.get(kind), Files.readAllBytes(corpus(kind).resolve(file)));
    folder.score().rejected(expected.get("where"), words(expected.get("en")));
    if (expected.containsKey("id")) {
      folder.score("--lang", "id").rejected(expected.get("where"), words(expected.get("id")));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void scorecard(String file) throws IOException {
    check("scorecard", file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void measures(String file) throws IOException {
    check("measures", file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void programs(String file) throws IOException {
    check("programs", file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void surveys(String file) throws IOException {
    check("surveys", file);
  }

  @Test
  void a_csv_with_an_unclosed_quote_names_its_line_and_no_java_class() throws IOException {
    ScorecardFolder folder = ScorecardFolder.valid(dir);
    folder.writeBytes("measures.csv", Files.readAllBytes(corpus("measures").resolve("quote-unclosed.csv")));
    folder.score().rejected("measures.csv:2", "never closed").lacks("org.apache", "CSVException");
  }

  @Test
  void an_empty_bands_list_is_described_in_a_whole_sentence() throws IOException {
    ScorecardFolder folder = ScorecardFolder.valid(dir);
    folder.writeBytes("scorecard.yaml", Files.readAllBytes(corpus("scorecard").resolve("bands-empty-list.yaml")));
    folder.score().rejected("scorecard.yaml:9:10", "the bands list holds no range");
  }

  @Test
  void a_scorecard_of_ten_megabytes_is_refused_with_its_limit() {
    ScorecardFolder folder = ScorecardFolder.valid(dir);
    folder.write("scorecard.yaml", ScorecardFolder.SCORECARD.replace("name: Unit Uji", "name: " + "x".repeat(10 * 1024 * 1024)));
    folder.score().rejected("scorecard.yaml", "not valid YAML", "exceeds the limit");
  }

  @Test
  void the_corpus_holds_its_share_of_the_cases() {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    REPLACES.keySet().stream().sorted().forEach(k -> sizes.put(k, cases(k).size()));
    System.out.println("bad-input corpus of the command line: " + sizes);
    assertThat(sizes.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(100);
  }
}
