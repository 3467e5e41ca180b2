package io.kinerja.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A compact, valid Mulyadi scorecard in a folder (modelled on cases/rsi-unisma-2014), to be broken one
 * line at a time, and the CLI run on it in-process. Line numbers in tests refer to {@link #SCORECARD}.
 */
final class ScorecardFolder {

  /** Four perspectives, one indicator each: a ratio, a ratio, a work-programme category, a Likert class. */
  static final String SCORECARD = String.join("\n",
      "kinerja: 1", //                                                      1
      "id: unit-uji", //                                                    2
      "name: Unit Uji", //                                                  3
      "language: id", //                                                    4
      "period: { grain: year, current: \"2014\" }", //                      5
      "scoring:", //                                                        6
      "  method: mulyadi", //                                               7
      "  tolerance: 0", //                                                  8
      "  bands: mulyadi", //                                                9
      "data:", //                                                           10
      "  measures: measures.csv", //                                        11
      "  programs: programs.csv", //                                        12
      "  surveys: survey.csv", //                                           13
      "perspectives:", //                                                   14
      "  - id: keuangan", //                                                15
      "    name: Keuangan", //                                              16
      "    indicators:", //                                                 17
      "      - id: rasio_ekonomi", //                                       18
      "        name: Rasio Ekonomi", //                                     19
      "        formula: pengeluaran / anggaran * 100", //                   20 (formula text from column 18)
      "        unit: \"%\"", //                                             21
      "        target: \"< 100\"", //                                       22
      "  - id: pelanggan", //                                               23
      "    name: Pelanggan", //                                             24
      "    indicators:", //                                                 25
      "      - id: retensi", //                                             26
      "        name: Retensi Pelanggan", //                                 27
      "        formula: pasien_lama / total_pasien * 100", //               28
      "        unit: \"%\"", //                                             29
      "        target: \">= 70\"", //                                       30 (target text from column 18)
      "  - id: proses", //                                                  31
      "    name: Proses Bisnis Internal", //                                32
      "    indicators:", //                                                 33
      "      - id: promosi", //                                             34
      "        name: Promosi Kesehatan", //                                 35
      "        formula: completion(\"Promosi Kesehatan\")", //              36
      "        unit: \"%\"", //                                             37
      "        target: \">= 100\"", //                                      38
      "  - id: pembelajaran", //                                            39
      "    name: Pembelajaran dan Pertumbuhan", //                          40
      "    indicators:", //                                                 41
      "      - id: kepuasan", //                                            42
      "        name: Kepuasan Karyawan", //                                 43
      "        formula: likert_class(kepuasan_karyawan)", //                44
      "        target: \"= Puas\"") + "\n"; //                              45

  static final String MEASURES = String.join("\n",
      "period,measure,value,source",
      "2014,pengeluaran,121480000,Tabel 3",
      "2014,anggaran,213780000,Tabel 3",
      "2013,pasien_lama,29357,Tabel 4",
      "2014,pasien_lama,31508,Tabel 4",
      "2013,total_pasien,54052,Tabel 4",
      "2014,total_pasien,55359,Tabel 4") + "\n";

  static final String PROGRAMS = String.join("\n",
      "period,category,program,target_count,target_per,achieved_count,achieved_per",
      "2014,Promosi Kesehatan,Dialog Interaktif Radio,8,month,8,month",
      "2014,Promosi Kesehatan,Kolom kesehatan media cetak,1,month,1,month") + "\n";

  static final String SURVEY = String.join("\n",
      "period,survey,respondents,questions,scale_min,scale_max,total_score,source",
      "2014,kepuasan_karyawan,4,20,1,5,320,Tabel 8") + "\n";

  /** Raw answers, one row per respondent: 3 questions on a 1–5 scale, one left blank. */
  static final String ANSWERS = String.join("\n",
      "period,survey,respondent,q1,q2,q3",
      "2014,kepuasan_karyawan,r1,4,4,5",
      "2014,kepuasan_karyawan,r2,3,,4") + "\n";

  private final Path dir;

  private ScorecardFolder(Path dir) {
    this.dir = dir;
  }

  static ScorecardFolder valid(Path dir) {
    ScorecardFolder folder = new ScorecardFolder(dir);
    folder.write("scorecard.yaml", SCORECARD);
    folder.write("measures.csv", MEASURES);
    folder.write("programs.csv", PROGRAMS);
    folder.write("survey.csv", SURVEY);
    return folder;
  }

  Path dir() {
    return dir;
  }

  Path scorecard() {
    return dir.resolve("scorecard.yaml");
  }

  ScorecardFolder write(String file, String content) {
    return writeBytes(file, content.getBytes(StandardCharsets.UTF_8));
  }

  ScorecardFolder writeBytes(String file, byte[] content) {
    try {
      Files.write(dir.resolve(file), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Replaces line {@code n} (1-based) of {@code file} with {@code lines} (none deletes it). */
  ScorecardFolder line(String file, int n, String... lines) {
    List<String> all = lines(file);
    all.remove(n - 1);
    all.addAll(n - 1, Arrays.asList(lines));
    return write(file, String.join("\n", all) + "\n");
  }

  /** Inserts {@code lines} after line {@code n} of {@code file}. */
  ScorecardFolder after(String file, int n, String... lines) {
    List<String> all = lines(file);
    all.addAll(n, Arrays.asList(lines));
    return write(file, String.join("\n", all) + "\n");
  }

  ScorecardFolder yaml(int n, String... lines) {
    return line("scorecard.yaml", n, lines);
  }

  private List<String> lines(String file) {
    try {
      return new ArrayList<>(Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code kinerja COMMAND <scorecard> ARGS…} in-process. */
  Run run(String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command, scorecard().toString()));
    all.addAll(List.of(args));
    return Run.of(this, all.toArray(String[]::new));
  }

  /** {@code kinerja score <scorecard> --lang en ARGS…}. */
  Run score(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (!all.contains("--lang")) {
      all.addAll(List.of("--lang", "en"));
    }
    return run("score", all.toArray(String[]::new));
  }

  /** Every file of the folder with a hash of its content. */
  Map<String, String> listing() {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.filter(Files::isRegularFile).forEach(p -> files.put(dir.relativize(p).toString(), sha256(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One in-process run of the command line: its exit code, what it printed, and the folder before it. */
  record Run(int code, String out, String err, Map<String, String> before, Map<String, String> after) {

    static Run of(ScorecardFolder folder, String... args) {
      Map<String, String> before = folder.listing();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
      return new Run(code, out.toString(), err.toString(), before, folder.listing());
    }

    /**
     * Exit code 2, nothing on stdout, no file created or changed, no stack trace, and stderr names
     * {@code where} (followed by ": ") and holds every one of {@code words}.
     */
    Run rejected(String where, String... words) {
      assertThat(code).as("exit code; stderr:%n%s", err).isEqualTo(2);
      assertThat(out).as("stdout").isEmpty();
      assertThat(after).as("files in the folder").isEqualTo(before);
      assertThat(err).as("stderr").doesNotContain("\tat ", "Exception", "internal error");
      assertThat(err).as("stderr").contains(where + ": ");
      assertThat(err).as("stderr").contains(words);
      return this;
    }

    Run lacks(String... words) {
      assertThat(err).as("stderr").doesNotContain(words);
      return this;
    }
  }
}
