package io.kinerja.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kinerja.core.measure.Observation;
import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.programme.Programme;
import io.kinerja.core.programme.WorkProgramme;
import io.kinerja.core.survey.Answers;
import io.kinerja.data.csv.CsvTable;
import io.kinerja.data.csv.MeasuresCsv;
import io.kinerja.data.csv.NumberStyle;
import io.kinerja.data.csv.ProgrammesCsv;
import io.kinerja.data.csv.SurveysCsv;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CsvReadersTest {

  @Nested
  class A_csv_table {

    @Test
    void skips_a_byte_order_mark() {
      CsvTable table = CsvTable.parse("m.csv", "\uFEFFperiod,measure,value\n2014,a,1\n");
      assertThat(table.header()).containsExactly("period", "measure", "value");
    }

    @Test
    void reads_semicolons_as_spreadsheets_set_to_indonesian_write_them() {
      CsvTable table = CsvTable.parse("m.csv", "period;measure;value\n2014;a;1,5\n");
      assertThat(table.header()).containsExactly("period", "measure", "value");
      assertThat(table.cell(table.rows().get(0), "value")).isEqualTo("1,5");
    }

    @Test
    void lower_cases_and_trims_the_header() {
      CsvTable table = CsvTable.parse("m.csv", " Period , MEASURE,Value\n2014,a,1\n");
      assertThat(table.header()).containsExactly("period", "measure", "value");
    }

    @Test
    void numbers_rows_by_the_line_they_start_on_across_blank_lines_and_multi_line_cells() {
      String text = String.join("\n",
          "period,measure,value,note", //          1
          "2014,a,1,plain", //                     2
          "", //                                   3
          "2014,b,2,\"two", //                     4
          "lines\"", //                            5
          "", //                                   6
          "2014,c,3,after") + "\n"; //             7
      CsvTable table = CsvTable.parse("m.csv", text);
      assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4, 7);
      assertThat(table.cell(table.rows().get(1), "note")).isEqualTo("two\nlines");
      assertThat(table.at(table.rows().get(2), "value").toString()).isEqualTo("m.csv:7, column value");
    }

    @Test
    void gives_an_empty_cell_for_a_short_row() {
      CsvTable table = CsvTable.parse("m.csv", "period,measure,value,note\n2014,a,1\n");
      assertThat(table.cell(table.rows().get(0), "note")).isEmpty();
    }
  }

  @Nested
  class Number_styles {

    @Test
    void plain_reads_a_point_as_the_decimal_separator() {
      assertThat(NumberStyle.PLAIN.parse("1234.5")).isEqualTo(1234.5);
      assertThat(NumberStyle.PLAIN.parse("-0.25")).isEqualTo(-0.25);
      assertThat(NumberStyle.PLAIN.parse("1e3")).isEqualTo(1000.0);
      assertThat(NumberStyle.PLAIN.parse("121480000")).isEqualTo(121480000.0);
    }

    @Test
    void plain_refuses_grouping_and_decimal_commas() {
      assertThat(NumberStyle.PLAIN.parse("1.234,5")).isNull();
      assertThat(NumberStyle.PLAIN.parse("1,5")).isNull();
      assertThat(NumberStyle.PLAIN.parse("1.234.567")).isNull();
      assertThat(NumberStyle.PLAIN.parse("abc")).isNull();
    }

    @Test
    void indonesian_reads_points_as_grouping_and_a_comma_as_the_decimal_separator() {
      assertThat(NumberStyle.ID.parse("1.234.567,5")).isEqualTo(1234567.5);
      assertThat(NumberStyle.ID.parse("1.234")).isEqualTo(1234.0);
      assertThat(NumberStyle.ID.parse("0,25")).isEqualTo(0.25);
      assertThat(NumberStyle.ID.parse("-12")).isEqualTo(-12.0);
    }

    @Test
    void indonesian_refuses_badly_grouped_numbers_and_decimal_points() {
      assertThat(NumberStyle.ID.parse("12.34")).isNull();
      assertThat(NumberStyle.ID.parse("1234.5")).isNull();
      assertThat(NumberStyle.ID.parse("1,2,3")).isNull();
    }

    @Test
    void is_named_id_en_or_plain() {
      assertThat(NumberStyle.byName("id")).isEqualTo(NumberStyle.ID);
      assertThat(NumberStyle.byName("en")).isEqualTo(NumberStyle.PLAIN);
      assertThat(NumberStyle.byName("plain")).isEqualTo(NumberStyle.PLAIN);
      assertThat(NumberStyle.byName("de")).isNull();
    }
  }

  @Nested
  class Measures {

    @Test
    void reads_figures_with_notes_and_where_they_came_from() {
      Problems problems = new Problems();
      List<Observation> figures = MeasuresCsv.read(CsvTable.parse("m.csv",
          "period,measure,value,source\n2014,anggaran,\"213.780.000\",Tabel 3\n"), NumberStyle.ID, problems);
      assertThat(problems.all()).isEmpty();
      assertThat(figures).singleElement().satisfies(o -> {
        assertThat(o.value()).isEqualTo(213780000.0);
        assertThat(o.origin().line()).isEqualTo(2);
        assertThat(o.origin().note()).isEqualTo("Tabel 3");
      });
    }

    /** Found by fuzzing: 1e400 (or 400 nines) was read as infinity, which Mulyadi's rounding then threw on. */
    @Test
    void a_number_beyond_the_range_of_a_double_is_refused_in_its_cell() {
      Problems problems = new Problems();
      List<Observation> figures = MeasuresCsv.read(CsvTable.parse("m.csv",
          "period,measure,value\n2014,a,1e400\n2014,b," + "9".repeat(400) + "\n2014,c,2\n"), NumberStyle.PLAIN,
          problems);
      assertThat(figures).extracting(Observation::measure).containsExactly("c");
      assertThat(problems.all()).extracting(p -> p.location() + " " + p.message().key())
          .containsExactly("m.csv:2, column value csv.number_too_large", "m.csv:3, column value csv.number_too_large");
    }
  }

  @Nested
  class Surveys {

    private List<Answers> raw(String text, Problems problems) {
      return SurveysCsv.read(CsvTable.parse("a.csv", text), NumberStyle.PLAIN, 1.0, 5.0,
          Location.of("s.yaml", 3, 12), problems);
    }

    @Test
    void totals_raw_answers_per_questionnaire_leaving_out_a_blank_answer() {
      Problems problems = new Problems();
      List<Answers> answers = raw(String.join("\n",
          "period,survey,respondent,q1,q2,q3,note",
          "2014,kepuasan,r1,4,4,5,",
          "2014,kepuasan,r2,3,,4,skipped q2",
          "2014,kepuasan,r3,5,5,5,") + "\n", problems);
      assertThat(problems.all()).isEmpty();
      assertThat(answers).singleElement().satisfies(a -> {
        assertThat(a.questionnaire()).isEqualTo("kepuasan");
        assertThat(a.period()).isEqualTo(Period.parse("2014").orElseThrow());
        assertThat(a.respondents()).isEqualTo(3);
        assertThat(a.questions()).isEqualTo(3);
        assertThat(a.total()).isEqualTo(4 + 4 + 5 + 3 + 4 + 5 + 5 + 5.0);
        assertThat(a.answers()).isEqualTo(8);
        assertThat(a.scaleMin()).isEqualTo(1.0);
        assertThat(a.scaleMax()).isEqualTo(5.0);
      });
    }

    @Test
    void reports_an_answer_outside_the_scale_at_its_cell() {
      Problems problems = new Problems();
      raw("period,survey,respondent,q1,q2\n2014,kepuasan,r1,4,6\n", problems);
      assertThat(problems.all()).extracting(Problem::location).extracting(Location::toString)
          .containsExactly("a.csv:2, column q2");
    }

    @Test
    void reads_totals_as_given() {
      Problems problems = new Problems();
      List<Answers> answers = SurveysCsv.read(CsvTable.parse("s.csv",
          "period,survey,respondents,questions,scale_min,scale_max,total_score\n2014,kepuasan,4,20,1,5,320\n"),
          NumberStyle.PLAIN, null, null, Location.of("s.yaml", 3, 12), problems);
      assertThat(problems.all()).isEmpty();
      assertThat(answers).singleElement().satisfies(a -> {
        assertThat(a.total()).isEqualTo(320.0);
        assertThat(a.answers()).isEqualTo(80);
      });
    }
  }

  @Nested
  class Programmes {

    @Test
    void completion_of_a_category_is_the_mean_of_its_programmes_capped_at_one_each() {
      Problems problems = new Problems();
      List<Programme> programmes = ProgrammesCsv.read(CsvTable.parse("p.csv", String.join("\n",
          "period,category,program,target_count,target_per,achieved_count,achieved_per",
          "2014,Entertain pihak ke-3,Seminar awam,1,month,1,year", //        1/12
          "2014,Entertain pihak ke-3,Seminar medis,3,year,2,year", //        2/3
          "2014,Entertain pihak ke-3,Lebih,1,year,5,year", //                capped at 1
          "2014,Peningkatan kualitas SDM,Pelatihan,80,percent,67,percent") + "\n"), NumberStyle.PLAIN, problems);
      assertThat(problems.all()).isEmpty();
      WorkProgramme work = new WorkProgramme(programmes);
      Span year = Span.of(Period.parse("2014").orElseThrow());
      assertThat(work.completion("Entertain pihak ke-3", year).percent())
          .isCloseTo((1.0 / 12 + 2.0 / 3 + 1) / 3 * 100, within(1e-9));
      assertThat(work.completion("Peningkatan kualitas SDM", year).percent()).isCloseTo(83.75, within(1e-9));
      assertThat(work.completion("Entertain pihak ke-3", Span.of(Period.parse("2015").orElseThrow())).percent())
          .isNull();
    }

    @Test
    void reports_a_programme_with_a_target_of_zero() {
      Problems problems = new Problems();
      ProgrammesCsv.read(CsvTable.parse("p.csv",
          "period,category,program,target_count,target_per,achieved_count,achieved_per\n2014,A,B,0,year,1,year\n"),
          NumberStyle.PLAIN, problems);
      assertThat(problems.all()).extracting(p -> p.location().toString() + " " + p.message().key())
          .containsExactly("p.csv:2, column target_count csv.target_not_positive");
    }
  }
}
