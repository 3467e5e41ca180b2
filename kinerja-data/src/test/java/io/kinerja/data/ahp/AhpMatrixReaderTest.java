package io.kinerja.data.ahp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.text.Language;
import io.kinerja.core.weighting.Ahp;
import io.kinerja.core.weighting.AhpResult;
import io.kinerja.core.weighting.PairwiseMatrix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AhpMatrixReaderTest {

  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  private List<String> problems(Path path) {
    try {
      AhpMatrixReader.read(path);
    } catch (InvalidInputException e) {
      return e.problems().stream().map(p -> p.describe(Language.EN)).toList();
    }
    throw new AssertionError("expected problems in " + path);
  }

  @Test
  void reads_fractions_and_names_from_the_first_row_and_column() throws IOException {
    Path path = file("kriteria.csv", ",Harga,Mutu,Layanan\nHarga,1,3,5\nMutu,1/3,1,3\nLayanan,1/5,1/3,1\n");

    PairwiseMatrix matrix = AhpMatrixReader.read(path);

    assertThat(matrix.elements()).containsExactly("Harga", "Mutu", "Layanan");
    assertThat(matrix.value(1, 0)).isEqualTo(1.0 / 3);
    assertThat(matrix.value(2, 0)).isEqualTo(0.2);
    AhpResult result = Ahp.standard().priorities(matrix);
    assertThat(result.weight("Harga")).isCloseTo(0.637, within(0.0005));
  }

  @Test
  void reads_decimals_as_printed_in_published_tables() throws IOException {
    Path path =
        file("printed.csv", "criteria,a,b,c\na,1,3,5\nb,0.33,1,3\nc,0.2,0.33,1\n");

    PairwiseMatrix matrix = AhpMatrixReader.read(path);

    assertThat(matrix.value(1, 0)).isEqualTo(0.33);
    assertThat(matrix.value(2, 1)).isEqualTo(0.33);
  }

  @Test
  void reads_semicolons_and_decimal_commas_from_indonesian_spreadsheets() throws IOException {
    Path path = file("excel.csv", "\uFEFF;a;b\r\na;1;3\r\nb;0,33;1\r\n");

    PairwiseMatrix matrix = AhpMatrixReader.read(path);

    assertThat(matrix.elements()).containsExactly("a", "b");
    assertThat(matrix.value(1, 0)).isEqualTo(0.33);
  }

  @Test
  void ignores_blank_trailing_columns_and_spaces_around_cells() throws IOException {
    Path path = file("padded.csv", " , a , b ,,\n a , 1 , 1 / 2 ,,\nb, 2 ,1,\n\n");

    PairwiseMatrix matrix = AhpMatrixReader.read(path);

    assertThat(matrix.elements()).containsExactly("a", "b");
    assertThat(matrix.value(0, 1)).isEqualTo(0.5);
  }

  @Test
  void names_file_line_and_column_of_a_bad_cell() throws IOException {
    Path path = file("bad.csv", ",a,b,c\na,1,3,x\nb,1/3,1,3\nc,1/0,1/3,1\n");

    assertThatThrownBy(() -> AhpMatrixReader.read(path))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::location)
                  .containsExactly(
                      Location.cell(path.toString(), 2, "c"), Location.cell(path.toString(), 4, "a"));
              assertThat(e.problems().get(0).describe(Language.EN))
                  .isEqualTo(path + ":2, column c: error: 'x' is not a number or a fraction such as 1/3");
              assertThat(e.problems().get(0).describe(Language.ID))
                  .isEqualTo(path + ":2, column c: galat: 'x' bukan angka atau pecahan seperti 1/3");
            });
  }

  @Test
  void counts_lines_as_written_with_blank_lines_and_no_final_newline() throws IOException {
    Path path = file("gaps.csv", ",a,b\n\na,1,2\n\nb,1/2,oops");

    assertThat(problems(path))
        .containsExactly(path + ":5, column b: error: 'oops' is not a number or a fraction such as 1/3");
  }

  @Test
  void reports_an_empty_cell() throws IOException {
    Path path = file("hole.csv", ",a,b\na,1,\"\"\nb,1,1\n");

    assertThat(problems(path))
        .containsExactly(
            path + ":2, column b: error: the cell is empty: every pair of elements needs a judgement");
  }

  @Test
  void reports_a_missing_last_value_as_an_empty_cell() throws IOException {
    Path path = file("cut.csv", ",a,b\na,1,\nb,1,1\n");

    assertThat(problems(path))
        .containsExactly(
            path + ":2, column b: error: the cell is empty: every pair of elements needs a judgement");
  }

  @Test
  void reports_the_cells_that_break_saatys_rules_with_their_lines() throws IOException {
    Path path = file("rules.csv", ",a,b,c\na,2,0.5,10\nb,3,1,1\nc,0.1,1,1\n");

    assertThat(problems(path))
        .containsExactly(
            path + ":2, column a: error: the diagonal cell (a, a) must be 1, not 2: an element is as"
                + " important as itself",
            path + ":2, column b: error: the cells (a, b) = 0.5 and (b, a) = 3 are not reciprocal: their"
                + " product is 1.5, more than 2 % away from 1 (with 0.5 in (a, b), (b, a) should be 2)",
            path + ":2, column c: error: the cell (a, c) holds 10, outside Saaty's scale from 1/9 to 9",
            path + ":4, column a: error: the cell (c, a) holds 0.1, outside Saaty's scale from 1/9 to 9");
  }

  @Test
  void reports_bad_cells_and_rule_breaks_together_without_repeating_them() throws IOException {
    Path path = file("both.csv", ",a,b\na,1,x\nb,5,1\n");

    assertThat(problems(path))
        .containsExactly(path + ":2, column b: error: 'x' is not a number or a fraction such as 1/3");
  }

  @Test
  void reports_problems_in_the_order_of_the_file() throws IOException {
    Path path = file("order.csv", ",a,b,c\na,2,0.5,x\nb,3,1,1\nc,1,1,1\n");

    assertThat(problems(path))
        .extracting(p -> p.substring(path.toString().length(), p.indexOf(": error")))
        .containsExactly(":2, column a", ":2, column b", ":2, column c");
  }

  @Test
  void refuses_an_empty_file() throws IOException {
    Path path = file("empty.csv", "");

    assertThat(problems(path))
        .containsExactly(
            path + ": error: the file is empty: name the elements in the first row and the first column");
  }

  @Test
  void refuses_a_file_of_blank_lines_as_empty() throws IOException {
    assertThat(problems(file("blank.csv", "\n\n  \n"))).hasSize(1).allMatch(p -> p.contains("is empty"));
  }

  @Test
  void refuses_a_header_without_rows() throws IOException {
    Path path = file("header.csv", ",a,b,c\n");

    assertThat(problems(path))
        .containsExactly(
            path + ": error: the file has a header row but no rows: one row per element must follow it");
  }

  @Test
  void refuses_a_header_that_names_no_elements() throws IOException {
    Path path = file("corner.csv", "criteria\na\n");

    assertThat(problems(path))
        .containsExactly(
            path + ":1: error: the first row names no elements: after the corner cell, name one element"
                + " per column");
  }

  @Test
  void refuses_rows_that_name_other_elements_than_the_header() throws IOException {
    Path path = file("names.csv", ",a,b,c\na,1,1,1\nc,1,1,1\nb,1,1,1\n");

    assertThat(problems(path))
        .containsExactly(
            path + ":3: error: this row names 'c' where the header has 'b': rows must name the elements"
                + " in the order of the columns",
            path + ":4: error: this row names 'b' where the header has 'c': rows must name the elements"
                + " in the order of the columns");
  }

  @Test
  void refuses_a_row_of_the_wrong_length_and_a_missing_row() throws IOException {
    Path path = file("short.csv", ",a,b,c\na,1,1\nb,1,1,1\n");

    assertThat(problems(path))
        .containsExactly(
            path + ":2: error: this row has 2 values for the 3 elements of the header",
            path + ": error: the header names 3 elements but only 2 rows follow (missing: c)");
  }

  @Test
  void refuses_a_row_too_many() throws IOException {
    Path path = file("long.csv", ",a,b\na,1,1\nb,1,1\nc,1,1\n");

    assertThat(problems(path))
        .containsExactly(path + ":4: error: the row 'c' is one more than the 2 elements the header names");
  }

  @Test
  void refuses_a_repeated_element_naming_the_header_cell() throws IOException {
    Path path = file("twice.csv", ",a,a\na,1,1\na,1,1\n");

    assertThat(problems(path))
        .containsExactly(path + ":1, column a: error: the element 'a' is named more than once");
  }

  @Test
  void refuses_a_file_that_does_not_exist() {
    Path path = dir.resolve("missing.csv");

    assertThat(problems(path)).containsExactly(path + ": error: there is no such file");
  }

  @Test
  void reads_a_single_element() throws IOException {
    PairwiseMatrix matrix = AhpMatrixReader.read(file("one.csv", ",only\nonly,1\n"));

    assertThat(matrix.size()).isEqualTo(1);
  }
}
