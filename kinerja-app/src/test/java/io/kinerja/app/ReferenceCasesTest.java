package io.kinerja.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference case under {@code ../shared/cases/} whose expected result is one scorecard result
 * (DESIGN §7) must come out exactly: {@code kinerja score scorecard.yaml --format json} contains every
 * value of its {@code expected.json} to four decimals. Cases of another shape have tests of their own.
 */
class ReferenceCasesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> singleResultCases() throws IOException {
    try (Stream<Path> dirs = Files.list(Cases.shared().resolve("cases"))) {
      List<Path> cases = dirs.filter(d -> Files.exists(d.resolve("expected.json"))).sorted().toList();
      return cases.stream().filter(ReferenceCasesTest::isSingleResult);
    }
  }

  private static boolean isSingleResult(Path dir) {
    try {
      return JSON.readTree(dir.resolve("expected.json").toFile()).has("indicators");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleResultCases")
  void the_case_scores_exactly_as_expected(Path dir) throws IOException {
    JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
    String period = expected.path("period").asText(null);
    Cli run = period == null
        ? Cli.run("score", dir.resolve("scorecard.yaml").toString(), "--format", "json")
        : Cli.run("score", dir.resolve("scorecard.yaml").toString(), "--format", "json", "--period", period);
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    ExpectedJson.assertContains(JSON.readTree(run.out()), expected, dir.getFileName().toString());
  }

  @org.junit.jupiter.api.Test
  void the_rsi_unisma_case_is_among_them() throws IOException {
    assertThat(singleResultCases()).contains(Cases.rsiUnisma2014());
  }
}
