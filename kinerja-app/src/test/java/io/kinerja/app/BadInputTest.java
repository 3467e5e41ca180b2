package io.kinerja.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bad-input corpus: a valid scorecard folder ({@link ScorecardFolder}) broken in one place per
 * test. Each must end with exit code 2, print nothing on stdout, leave the folder as it was, and name
 * the place exactly. Lines and columns are 1-based and counted by hand on {@link
 * ScorecardFolder#SCORECARD}; a formula on line 20 or a target on line 30 starts at column 18.
 */
class BadInputTest {

  @TempDir Path dir;
  ScorecardFolder folder;

  @BeforeEach
  void validFolder() {
    folder = ScorecardFolder.valid(dir);
  }

  @Test
  void the_valid_folder_scores() {
    ScorecardFolder.Run run = folder.score();
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Rasio Ekonomi", "Overall: 0 / 4 = 0");
  }

  @Nested
  class Malformed_yaml {

    @Test
    void bad_indentation_is_reported_where_the_parser_stops() {
      folder.yaml(7, " method: mulyadi");
      // line 8 "  tolerance: 0": the ':' after 2 spaces and 9 letters is column 12
      folder.score().rejected("scorecard.yaml:8:12", "not valid YAML", "mapping values are not allowed");
    }

    @Test
    void an_unclosed_quote_names_the_end_of_the_file_and_where_the_quote_opened() {
      folder.yaml(45, "        target: \"= Puas");
      folder.score().rejected("scorecard.yaml:46:1", "not valid YAML", "end of stream",
          "quoted scalar at line 45, column 17");
    }

    @Test
    void an_unclosed_bracket_names_the_token_found_and_the_bracket() {
      folder.yaml(5, "period: { grain: year, current: [\"2014\" }");
      folder.score().rejected("scorecard.yaml:5:41", "expected ',' or ']'", "flow sequence at line 5, column 33");
    }

    @Test
    void a_tab_used_for_indentation_is_reported_at_the_tab() {
      folder.yaml(8, "\ttolerance: 0");
      folder.score().rejected("scorecard.yaml:8:1", "TAB");
    }

    @Test
    void an_empty_scorecard_file_is_reported() {
      folder.write("scorecard.yaml", "");
      folder.score().rejected("scorecard.yaml", "error", "the scorecard file is empty");
    }

    @Test
    void a_scorecard_file_of_only_comments_is_empty() {
      folder.write("scorecard.yaml", "# nothing yet\n\n# still nothing\n");
      folder.score().rejected("scorecard.yaml", "the scorecard file is empty");
    }

    @Test
    void a_scorecard_file_that_is_a_list_is_reported_once() {
      folder.write("scorecard.yaml", "- kinerja: 1\n- id: x\n");
      folder.score().rejected("scorecard.yaml:1:1", "must be a mapping").lacks("is required");
    }

    @Test
    void a_scorecard_file_that_is_not_utf8_is_reported_without_a_csv_hint() {
      byte[] latin1 = ScorecardFolder.SCORECARD.replace("Unit Uji", "Unit Uj\u00e9").getBytes(StandardCharsets.ISO_8859_1);
      folder.writeBytes("scorecard.yaml", latin1);
      folder.score().rejected("scorecard.yaml", "not UTF-8").lacks("CSV");
    }

    @Test
    void a_scorecard_file_that_does_not_exist_is_reported() {
      ScorecardFolder.Run run = ScorecardFolder.Run.of(folder, "score", dir.resolve("nope.yaml").toString());
      run.rejected("nope.yaml", "file not found");
    }
  }

  @Nested
  class Keys_and_ids {

    @ParameterizedTest(name = "missing {0}")
    @CsvSource({"1, kinerja", "2, id", "3, name", "5, period"})
    void a_missing_required_key_is_reported_at_the_top_mapping(int line, String key) {
      folder.yaml(line);
      folder.score().rejected("scorecard.yaml:1:1", "'" + key + "' is required in the scorecard");
    }

    @Test
    void missing_perspectives_are_reported() {
      folder.write("scorecard.yaml", ScorecardFolder.SCORECARD.substring(0, ScorecardFolder.SCORECARD.indexOf("perspectives:")));
      folder.score().rejected("scorecard.yaml:1:1", "'perspectives' is required in the scorecard");
    }

    @Test
    void a_format_version_other_than_1_is_reported_at_its_value() {
      folder.yaml(1, "kinerja: 2");
      folder.score().rejected("scorecard.yaml:1:10", "unknown format version '2'", "format 1");
    }

    @Test
    void an_id_with_capitals_and_spaces_is_reported() {
      folder.yaml(2, "id: Unit Uji");
      folder.score().rejected("scorecard.yaml:2:5", "the id 'Unit Uji' may hold only lower-case letters");
    }

    @Test
    void an_unknown_key_at_the_top_is_reported_with_its_line_and_column_and_the_keys() {
      folder.after("scorecard.yaml", 4, "colour: red");
      folder.score().rejected("scorecard.yaml:5:1", "unknown key 'colour' in the scorecard", "perspectives, scoring");
    }

    @Test
    void an_unknown_key_in_a_perspective_suggests_the_key_meant() {
      folder.after("scorecard.yaml", 16, "    weigth: 1");
      folder.score().rejected("scorecard.yaml:17:5", "unknown key 'weigth' in a perspective", "did you mean 'weight'?");
    }

    @Test
    void an_unknown_key_is_reported_with_its_line_and_column() {
      folder.yaml(20, "        formul: pengeluaran / anggaran * 100");
      folder.score().rejected("scorecard.yaml:20:9", "unknown key 'formul' in an indicator", "did you mean 'formula'?");
    }

    @Test
    void an_unknown_key_in_a_data_declaration_is_reported() {
      folder.after("scorecard.yaml", 10, "  measurs: extra.csv");
      folder.score().rejected("scorecard.yaml:11:3", "unknown key 'measurs' in data", "did you mean 'measures'?");
    }

    @Test
    void a_key_given_twice_is_reported_with_both_lines() {
      folder.after("scorecard.yaml", 3, "name: Unit Lain");
      folder.score().rejected("scorecard.yaml:4:1", "the key 'name' appears twice (first on line 3)");
    }

    @Test
    void a_perspective_id_used_twice_is_reported_with_the_first_line() {
      folder.yaml(23, "  - id: keuangan");
      folder.score().rejected("scorecard.yaml:23:9", "the perspective id 'keuangan' is used twice (first on line 15)");
    }

    @Test
    void an_indicator_id_used_twice_is_reported_with_the_first_line() {
      folder.yaml(26, "      - id: rasio_ekonomi");
      folder.score().rejected("scorecard.yaml:26:13", "the indicator id 'rasio_ekonomi' is used twice (first on line 18)");
    }

    @Test
    void an_indicator_id_with_a_dash_cannot_be_named_in_formulas() {
      folder.yaml(26, "      - id: retensi-pelanggan");
      folder.score().rejected("scorecard.yaml:26:13", "'retensi-pelanggan' must start with a letter or '_' and hold no '-'");
    }
  }

  @Nested
  class Period_and_scoring {

    @Test
    void an_unknown_grain_is_reported_at_its_value() {
      folder.yaml(5, "period: { grain: decade, current: \"2014\" }");
      folder.score().rejected("scorecard.yaml:5:18", "unknown grain 'decade'", "day, week, month, quarter or year");
    }

    @Test
    void a_current_period_that_is_no_period_is_reported_at_its_value() {
      folder.yaml(5, "period: { grain: year, current: \"2014-13\" }");
      folder.score().rejected("scorecard.yaml:5:33", "'2014-13' is not a period");
    }

    @Test
    void a_current_period_finer_than_the_grain_is_reported() {
      folder.yaml(5, "period: { grain: year, current: \"2014-03\" }");
      folder.score().rejected("scorecard.yaml:5:33", "the current period 2014-03 is not a year");
    }

    @Test
    void an_unknown_scoring_method_is_reported() {
      folder.yaml(7, "  method: mulyady");
      folder.score().rejected("scorecard.yaml:7:11", "unknown scoring method 'mulyady'");
    }

    @Test
    void an_unknown_bands_preset_names_the_presets() {
      folder.yaml(9, "  bands: kurva");
      folder.score().rejected("scorecard.yaml:9:10", "unknown bands preset 'kurva'", "mulyadi, traffic-light-omax");
    }

    @Test
    void bands_with_a_gap_are_reported() {
      folder.yaml(9, "  bands:", "    - { to: 0, label: Kurang }", "    - { from: 1, label: Baik }");
      folder.score().rejected("scorecard.yaml:11:7", "values from 0 to 1 fall in no band");
    }

    @Test
    void bands_that_overlap_are_reported() {
      folder.yaml(9, "  bands:", "    - { to: 0.5, label: Kurang }", "    - { from: 0, label: Baik }");
      folder.score().rejected("scorecard.yaml:11:7", "ranges 1 and 2 overlap");
    }

    @Test
    void a_negative_tolerance_is_reported() {
      folder.yaml(8, "  tolerance: -0.1");
      folder.score().rejected("scorecard.yaml:8:14", "tolerance must not be negative (-0.1)");
    }
  }

  @Nested
  class Formulas {

    @Test
    void an_unbalanced_parenthesis_is_reported_at_the_parenthesis() {
      folder.yaml(20, "        formula: pengeluaran / (anggaran * 100");
      // 18 + "pengeluaran / ".length() = 32
      folder.score().rejected("scorecard.yaml:20:32", "this parenthesis is not closed")
          .lacks("has no indicators");
    }

    @Test
    void an_unexpected_character_is_reported_at_the_character() {
      folder.yaml(20, "        formula: pengeluaran / ang$garan * 100");
      folder.score().rejected("scorecard.yaml:20:35", "unexpected character '$'");
    }

    @Test
    void a_trailing_operator_is_reported_at_the_end_of_the_formula() {
      folder.yaml(20, "        formula: pengeluaran / anggaran *");
      // the formula is 24 characters long: its end is column 18 + 24 = 42
      folder.score().rejected("scorecard.yaml:20:42", "the formula ends too early");
    }

    @Test
    void an_empty_formula_is_reported_inside_the_quotes() {
      folder.yaml(20, "        formula: \"\"");
      folder.score().rejected("scorecard.yaml:20:19", "the formula is empty");
    }

    @Test
    void an_unknown_measure_is_reported_at_its_name() {
      folder.yaml(20, "        formula: pengeluaran / anggaran_x * 100");
      folder.score().rejected("scorecard.yaml:20:32", "unknown name 'anggaran_x'");
    }

    @Test
    void an_unknown_function_names_the_functions() {
      folder.yaml(20, "        formula: sqrt(pengeluaran) / anggaran");
      folder.score().rejected("scorecard.yaml:20:18", "unknown function 'sqrt'", "completion, likert_total");
    }

    @Test
    void a_function_with_the_wrong_number_of_arguments_is_reported() {
      folder.yaml(20, "        formula: round(pengeluaran, 1, 2) / anggaran");
      folder.score().rejected("scorecard.yaml:20:18", "round() takes 1-2 argument(s), not 3");
    }

    @Test
    void likert_of_an_unknown_questionnaire_is_reported_at_its_argument() {
      folder.yaml(44, "        formula: likert_class(kepuasan_x)");
      folder.score().rejected("scorecard.yaml:44:31", "no questionnaire 'kepuasan_x' in the survey data");
    }

    @Test
    void completion_of_an_unknown_category_is_reported_at_its_argument() {
      folder.yaml(36, "        formula: completion(\"Promosi X\")");
      folder.score().rejected("scorecard.yaml:36:29", "no work-programme category 'Promosi X'");
    }

    @Test
    void a_class_used_as_a_number_is_reported_once() {
      folder.yaml(44, "        formula: likert_class(kepuasan_karyawan) + 1");
      folder.score().rejected("scorecard.yaml:44:18", "gives a class, not a number")
          .lacks("its formula gives a number");
    }

    @Test
    void a_questionnaire_named_as_a_number_suggests_the_likert_functions() {
      folder.yaml(44, "        formula: kepuasan_karyawan");
      folder.score().rejected("scorecard.yaml:44:18", "is a questionnaire: use likert_total(kepuasan_karyawan)");
    }

    @Test
    void a_cycle_between_two_indicators_is_reported() {
      folder.yaml(20, "        formula: retensi / anggaran * 100");
      folder.yaml(28, "        formula: rasio_ekonomi / total_pasien * 100");
      folder.score().rejected("scorecard.yaml:20:18", "cycle: rasio_ekonomi -> retensi -> rasio_ekonomi");
    }

    @Test
    void an_indicator_that_uses_itself_is_a_cycle() {
      folder.yaml(20, "        formula: rasio_ekonomi / anggaran * 100");
      folder.score().rejected("scorecard.yaml:20:18", "cycle: rasio_ekonomi -> rasio_ekonomi");
    }
  }

  @Nested
  class Targets {

    @Test
    void a_target_whose_number_is_not_a_number_is_reported_at_the_number() {
      folder.yaml(30, "        target: \">= abc\"");
      folder.score().rejected("scorecard.yaml:30:21", "'abc' is not a number");
    }

    @Test
    void a_range_that_goes_down_is_reported() {
      folder.yaml(30, "        target: \"between 5 and 1\"");
      folder.score().rejected("scorecard.yaml:30:32", "the range goes down from 5 to 1");
    }

    @Test
    void a_target_in_words_lists_the_forms() {
      folder.yaml(30, "        target: about 70");
      folder.score().rejected("scorecard.yaml:30:17", "'about 70' is not a target", "'between 60 and 80'");
    }

    @Test
    void a_per_period_target_names_the_period_entry() {
      folder.yaml(30, "        target: { \"2014\": \">= x\" }");
      // the quote before ">= x" is column 27; the text starts at 28 and its number 3 characters in
      folder.score().rejected("scorecard.yaml:30:31", "'x' is not a number");
    }

    @Test
    void a_polarity_that_disagrees_with_the_target_is_reported() {
      folder.after("scorecard.yaml", 30, "        polarity: lower");
      folder.score().rejected("scorecard.yaml:26:13", "indicator 'retensi' says polarity 'lower' but its target '>= 70'");
    }

    @Test
    void a_class_target_on_a_numeric_formula_is_reported() {
      folder.yaml(30, "        target: \"= Puas\"");
      folder.score().rejected("scorecard.yaml:26:13", "class target '= Puas' but its formula gives a number");
    }

    @Test
    void an_indicator_without_a_target_under_mulyadi_is_reported() {
      folder.yaml(30);
      folder.score().rejected("scorecard.yaml:26:13", "indicator 'retensi' has no target", "Mulyadi");
    }
  }

  @Nested
  class Data_files {

    @Test
    void a_data_file_that_does_not_exist_is_reported_at_its_declaration() {
      folder.yaml(11, "  measures: angka.csv");
      folder.score().rejected("scorecard.yaml:11:13", "data file angka.csv not found");
    }

    @Test
    void an_empty_csv_file_is_reported() {
      folder.write("measures.csv", "");
      folder.score().rejected("measures.csv", "the file is empty");
    }

    @Test
    void a_csv_file_with_only_a_header_is_reported() {
      folder.write("measures.csv", "period,measure,value\n");
      folder.score().rejected("measures.csv:1", "the file has a header but no rows");
    }

    @Test
    void a_header_without_value_names_what_it_has() {
      folder.line("measures.csv", 1, "period,measure,nilai,source");
      folder.score().rejected("measures.csv:1", "lacks the column 'value'", "found period,measure,nilai,source");
    }

    @Test
    void a_column_named_twice_is_reported() {
      folder.line("measures.csv", 1, "period,measure,value,value");
      folder.score().rejected("measures.csv:1", "the column 'value' appears twice");
    }

    @Test
    void a_cell_that_is_not_a_number_is_reported_with_its_row_and_column() {
      folder.line("measures.csv", 3, "2014,anggaran,dua ratus,Tabel 3");
      folder.score().rejected("measures.csv:3, column value", "'dua ratus' is not a number");
    }

    @Test
    void a_bad_cell_after_a_blank_line_is_reported_on_its_own_line() {
      folder.line("measures.csv", 3, "", "2014,anggaran,dua,Tabel 3");
      folder.score().rejected("measures.csv:4, column value", "'dua' is not a number");
    }

    @Test
    void an_indonesian_number_in_a_plain_file_suggests_numbers_id() {
      folder.line("measures.csv", 3, "2014,anggaran,\"1.234,5\",Tabel 3");
      folder.score().rejected("measures.csv:3, column value", "'1.234,5'", "numbers: id");
    }

    @Test
    void a_period_cell_that_is_no_period_is_reported() {
      folder.line("measures.csv", 3, "2014-Q5,anggaran,213780000,Tabel 3");
      folder.score().rejected("measures.csv:3, column period", "'2014-Q5' is not a period");
    }

    @Test
    void the_same_figure_given_twice_is_reported_with_both_rows() {
      folder.after("measures.csv", 3, "2014,anggaran,1,again");
      folder.score().rejected("measures.csv:4", "anggaran for 2014 is given twice (first on line 3)");
    }

    @Test
    void a_row_with_too_many_cells_is_reported() {
      folder.line("measures.csv", 3, "2014,anggaran,213780000,Tabel 3,extra");
      folder.score().rejected("measures.csv:3", "this row has 5 cells but the header has 4 columns");
    }

    @Test
    void a_csv_file_that_is_not_utf8_is_reported() {
      folder.writeBytes("measures.csv", ScorecardFolder.MEASURES.replace("Tabel 3", "T\u00e9bel").getBytes(StandardCharsets.ISO_8859_1));
      folder.score().rejected("measures.csv", "not UTF-8");
    }

    @Test
    void a_programme_unit_that_is_unknown_is_reported() {
      folder.line("programs.csv", 2, "2014,Promosi Kesehatan,Dialog Interaktif Radio,8,fortnight,8,month");
      folder.score().rejected("programs.csv:2, column target_per", "'fortnight' is not a unit");
    }

    @Test
    void a_count_target_with_a_percent_achievement_is_reported() {
      folder.line("programs.csv", 2, "2014,Promosi Kesehatan,Dialog Interaktif Radio,8,month,80,percent");
      folder.score().rejected("programs.csv:2, column achieved_per", "both must be counts, or both percent");
    }

    @Test
    void a_programme_target_of_zero_is_reported() {
      folder.line("programs.csv", 2, "2014,Promosi Kesehatan,Dialog Interaktif Radio,0,month,8,month");
      folder.score().rejected("programs.csv:2, column target_count", "the target '0' must be above zero");
    }

    @Test
    void a_survey_total_beyond_what_the_answers_can_add_up_to_is_reported() {
      // 4 respondents x 20 questions on 1-5: between 80 and 400
      folder.line("survey.csv", 2, "2014,kepuasan_karyawan,4,20,1,5,401,Tabel 8");
      folder.score().rejected("survey.csv:2, column total_score", "the total 401 lies outside", "(80 to 400)");
    }

    @Test
    void an_answer_outside_the_scale_is_reported_with_its_row_and_question() {
      folder.write("answers.csv", ScorecardFolder.ANSWERS.replace("r2,3,,4", "r2,3,,6"));
      folder.yaml(13, "  surveys: { file: answers.csv, scale: { min: 1, max: 5 } }");
      folder.score().rejected("answers.csv:3, column q3", "the answer 6 lies outside the scale 1–5");
    }

    @Test
    void raw_answers_without_a_declared_scale_are_reported_at_the_declaration() {
      folder.write("answers.csv", ScorecardFolder.ANSWERS);
      folder.yaml(13, "  surveys: answers.csv");
      folder.score().rejected("scorecard.yaml:13:12", "need the scale", "scale: { min: 1, max: 5 }");
    }
  }

  @Nested
  class Command_line {

    @Test
    void a_period_that_cannot_be_read_is_reported() {
      folder.score("--period", "2014-Q9").rejected("--period", "'2014-Q9' is not a period");
    }

    @Test
    void a_period_finer_than_the_grain_is_reported() {
      folder.score("--period", "2014-03").rejected("--period", "finer than the scorecard's grain (year)");
    }

    @Test
    void a_period_without_data_names_the_periods_that_have_some() {
      folder.score("--period", "2010").rejected("--period", "no data for 2010", "2013, 2014");
    }

    @Test
    void an_unknown_format_is_reported() {
      folder.score("--format", "xml").rejected("--format", "unknown format 'xml'", "table, json");
    }

    @Test
    void an_unknown_language_is_reported() {
      folder.run("score", "--lang", "fr").rejected("--lang", "'fr'");
    }

    @Test
    void explaining_an_unknown_indicator_names_the_indicators() {
      ScorecardFolder.Run run = ScorecardFolder.Run.of(folder, "explain", folder.scorecard().toString(), "nope",
          "--lang", "en");
      run.rejected("INDICATOR", "no indicator 'nope'", "rasio_ekonomi, retensi, promosi, kepuasan");
    }

    @Test
    void validate_reports_bad_input_the_same_way() {
      folder.yaml(20, "        formula: pengeluaran / anggaran_x * 100");
      folder.run("validate", "--lang", "en").rejected("scorecard.yaml:20:32", "unknown name 'anggaran_x'");
    }
  }

  @Nested
  class All_at_once {

    @Test
    void several_problems_in_one_file_are_all_reported_in_one_run() {
      folder.yaml(5, "period: { grain: decade, current: \"2014\" }");
      folder.after("scorecard.yaml", 16, "    weigth: 1");
      // line 20 moved to 21 by the line inserted above
      folder.yaml(21, "        formula: pengeluaran / (anggaran * 100");
      ScorecardFolder.Run run = folder.score();
      run.rejected("scorecard.yaml:5:18", "unknown grain 'decade'");
      run.rejected("scorecard.yaml:17:5", "unknown key 'weigth'");
      run.rejected("scorecard.yaml:21:32", "this parenthesis is not closed");
      assertThat(run.err().lines()).hasSize(3);
    }

    @Test
    void problems_in_several_data_files_are_reported_together() {
      folder.line("measures.csv", 3, "2014,anggaran,dua,Tabel 3");
      folder.line("programs.csv", 2, "2014,Promosi Kesehatan,Dialog Interaktif Radio,0,month,8,month");
      ScorecardFolder.Run run = folder.score();
      run.rejected("measures.csv:3, column value", "'dua' is not a number");
      run.rejected("programs.csv:2, column target_count", "must be above zero");
    }
  }

  @Nested
  class In_indonesian {

    @Test
    void an_unknown_key_suggests_the_key_meant() {
      folder.yaml(20, "        formul: pengeluaran / anggaran * 100");
      folder.score("--lang", "id").rejected("scorecard.yaml:20:9", "galat", "kunci 'formul' tidak dikenal",
          "maksud Anda 'formula'?");
    }

    @Test
    void a_cell_that_is_not_a_number_is_reported() {
      folder.line("measures.csv", 3, "2014,anggaran,dua,Tabel 3");
      folder.score("--lang", "id").rejected("measures.csv:3, column value", "'dua' bukan angka");
    }

    @Test
    void a_period_that_cannot_be_read_is_reported() {
      folder.score("--lang", "id", "--period", "2014-Q9").rejected("--period", "'2014-Q9' bukan periode");
    }

    @Test
    void an_unclosed_parenthesis_is_reported() {
      folder.yaml(20, "        formula: pengeluaran / (anggaran * 100");
      folder.score("--lang", "id").rejected("scorecard.yaml:20:32", "kurung");
    }
  }

  /** Division by zero is not bad input (DESIGN §5.10): the indicator has no value, says why, and is not counted. */
  @Nested
  class Division_by_zero {

    @Test
    void gives_the_indicator_no_value_and_no_score_with_the_reason_and_leaves_the_balance_criterion() {
      folder.line("measures.csv", 3, "2014,anggaran,0,Tabel 3");
      ScorecardFolder.Run run = folder.score("--format", "json");
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.after()).isEqualTo(run.before());
      String json = run.out();
      String indicator = json.substring(json.indexOf("\"id\" : \"rasio_ekonomi\""));
      indicator = indicator.substring(0, indicator.indexOf('}'));
      assertThat(indicator).contains("\"value\" : null", "\"score\" : null",
          "\"reason\" : \"division by zero: anggaran is 0 in pengeluaran / anggaran\"");
      String overall = json.substring(json.indexOf("\"overall\""));
      overall = overall.substring(0, overall.indexOf('}'));
      assertThat(overall).contains("\"score\" : -1", "\"max\" : 3", "\"scored\" : 3", "\"indicators\" : 4");
    }
  }
}
