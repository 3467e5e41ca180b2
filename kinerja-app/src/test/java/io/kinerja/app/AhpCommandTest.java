package io.kinerja.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.text.Language;
import io.kinerja.core.weighting.Ahp;
import io.kinerja.core.weighting.AhpResult;
import io.kinerja.core.weighting.PriorityMethod;
import io.kinerja.data.ahp.AhpMatrixReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AhpCommandTest {

  private static final String TEXTBOOK = ",Harga,Mutu,Layanan\nHarga,1,3,5\nMutu,1/3,1,3\nLayanan,1/5,1/3,1\n";
  private static final String FOUR_TWO_ONE = ",Harga,Mutu,Layanan\nHarga,1,2,4\nMutu,0.5,1,2\nLayanan,0.25,0.5,1\n";
  private static final String CYCLE = ",Harga,Mutu,Layanan\nHarga,1,9,1/9\nMutu,1/9,1,9\nLayanan,9,1/9,1\n";

  @TempDir Path dir;

  private String file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path.toString();
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    int code = new AhpCommand().run(List.of(args), new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    return out.toString();
  }

  private static List<String> problems(String... args) {
    try {
      run(args);
    } catch (InvalidInputException e) {
      return e.problems().stream().map(p -> p.describe(Language.EN)).toList();
    }
    throw new AssertionError("expected bad input");
  }

  @Test
  void prints_one_matrix_as_json_with_unrounded_numbers() throws IOException {
    String matrix = file("kriteria.csv", TEXTBOOK);
    AhpResult expected = Ahp.standard().priorities(AhpMatrixReader.read(Path.of(matrix)));

    String json = run(matrix, "--format", "json");

    assertThat(json)
        .contains("\"method\" : \"eigenvector\"")
        .contains("\"n\" : 3")
        .contains("\"Harga\" : " + expected.weight("Harga"))
        .contains("\"lambda_max\" : " + expected.lambdaMax())
        .contains("\"ci\" : " + expected.ci())
        .contains("\"cr\" : " + expected.cr())
        .contains("\"consistent\" : true")
        .doesNotContain("respondents");
    assertThat(json.indexOf("\"Harga\"")).isLessThan(json.indexOf("\"Mutu\""));
    assertThat(json.indexOf("\"Mutu\"")).isLessThan(json.indexOf("\"Layanan\""));
  }

  @Test
  void uses_the_method_asked_for() throws IOException {
    String matrix = file("kriteria.csv", TEXTBOOK);
    AhpResult expected =
        Ahp.standard()
            .withMethod(PriorityMethod.COLUMN_AVERAGE)
            .priorities(AhpMatrixReader.read(Path.of(matrix)));

    String json = run(matrix, "--method", "column-average", "--format=json");

    assertThat(json)
        .contains("\"method\" : \"column-average\"")
        .contains("\"Harga\" : " + expected.weight("Harga"));
  }

  @Test
  void prints_the_group_judgement_and_each_respondent_for_several_files() throws IOException {
    String ani = file("ani.csv", FOUR_TWO_ONE);
    String budi = file("budi.csv", TEXTBOOK);
    String cycle = file("cycle.csv", CYCLE);

    String json = run(ani, budi, cycle, "--format", "json", "--exclude-inconsistent");

    assertThat(json)
        .contains("\"respondents\" : [")
        .contains("\"file\" : \"" + ani + "\"")
        .contains("\"file\" : \"" + cycle + "\"");
    String cycleEntry = json.substring(json.indexOf("\"file\" : \"" + cycle + "\""));
    assertThat(cycleEntry).contains("\"consistent\" : false").contains("\"included\" : false");
    // (Harga, Mutu) of the group: √(2 · 3); the cycle is left out.
    assertThat(json).contains("\"consistent\" : true");
  }

  @Test
  void includes_inconsistent_respondents_unless_told_otherwise() throws IOException {
    String json = run(file("ani.csv", FOUR_TWO_ONE), file("cycle.csv", CYCLE), "--format", "json");

    assertThat(json).doesNotContain("\"included\" : false");
  }

  @Test
  void prints_an_aligned_table_in_english() throws IOException {
    String table = run(file("kriteria.csv", TEXTBOOK));

    assertThat(table)
        .startsWith("AHP priorities: principal eigenvector, n = 3\n\n")
        .contains("Element  Weight\n")
        .contains("Harga    0.6370\n")
        .contains("Layanan  0.1047\n")
        .contains("Consistency ratio (CR)  0.0332  consistent (CR ≤ 0.1)");
  }

  @Test
  void prints_the_table_with_indonesian_words_and_decimal_commas() throws IOException {
    String table =
        run(file("a.csv", FOUR_TWO_ONE), file("b.csv", CYCLE), "--lang", "id", "--exclude-inconsistent");

    assertThat(table)
        .startsWith(
            "Penilaian kelompok AHP dari 2 responden (1 diikutkan): vektor eigen utama, n = 3\n")
        .contains("Harga    0,5714")
        .contains("Rasio konsistensi (CR)")
        .contains("konsisten (CR ≤ 0,1)")
        .containsPattern("b\\.csv\\s+[0-9],[0-9]{4}\\s+tidak\\s+tidak\n");
  }

  @Test
  void flags_an_inconsistent_matrix_in_the_table() throws IOException {
    assertThat(run(file("cycle.csv", CYCLE))).contains("inconsistent (CR > 0.1)");
  }

  @Test
  void takes_a_threshold() throws IOException {
    String json = run(file("cycle.csv", CYCLE), "--threshold", "7", "--format", "json");

    assertThat(json).contains("\"consistent\" : true").contains("\"threshold\" : 7.0");
  }

  @Test
  void reports_every_bad_option_at_once() throws IOException {
    String matrix = file("kriteria.csv", TEXTBOOK);

    assertThat(problems(matrix, "--method", "mean", "--threshold", "-1", "--format", "xml", "--lang", "fr"))
        .containsExactly(
            "--method: error: unknown priority method 'mean': use eigenvector, column-average or"
                + " geometric-mean",
            "--threshold: error: the consistency threshold must be a number of at least 0, not -1",
            "--format: error: unknown format 'xml': write table, json",
            "--lang: error: unknown language 'fr': write en or id");
  }

  @Test
  void reports_the_problems_of_every_file_at_once() throws IOException {
    String bad = file("bad.csv", ",a,b\na,1,x\nb,1,1\n");
    String missing = dir.resolve("missing.csv").toString();

    assertThatThrownBy(() -> run(bad, missing))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::location)
                    .containsExactly(Location.cell(bad, 2, "b"), Location.file(missing)));
  }

  @Test
  void refuses_files_that_name_other_elements() throws IOException {
    String a = file("a.csv", TEXTBOOK);
    String b = file("b.csv", ",x,y\nx,1,1\ny,1,1\n");

    assertThat(problems(a, b))
        .singleElement()
        .asString()
        .contains("respondent " + b + " names the elements x, y, but " + a + " names Harga, Mutu, Layanan");
  }

  @Test
  void needs_at_least_one_file() {
    assertThat(problems("--format", "json")).hasSize(1);
  }

  @Test
  void tells_its_usage() {
    List<String> lines = new ArrayList<>(new AhpCommand().usage().lines().toList());
    assertThat(lines.get(0)).startsWith("Usage: kinerja ahp MATRIX.csv");
    assertThat(new AhpCommand().name()).isEqualTo("ahp");
  }
}
