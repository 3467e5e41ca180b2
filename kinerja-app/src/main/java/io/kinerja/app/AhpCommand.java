package io.kinerja.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.kinerja.app.cli.Args;
import io.kinerja.app.cli.Command;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import io.kinerja.core.text.Numbers;
import io.kinerja.core.weighting.Ahp;
import io.kinerja.core.weighting.AhpResult;
import io.kinerja.core.weighting.GroupJudgement;
import io.kinerja.core.weighting.PairwiseMatrix;
import io.kinerja.core.weighting.PriorityMethod;
import io.kinerja.core.weighting.Respondent;
import io.kinerja.core.weighting.RespondentResult;
import io.kinerja.data.ahp.AhpMatrixReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code kinerja ahp MATRIX.csv [MORE.csv …]} (DESIGN §5.9): the priorities of a pairwise matrix and the
 * consistency of its judgements; with several files, the group judgement (element-wise geometric mean)
 * and each respondent's CR. JSON numbers are unrounded so that other programs can recompute; the table
 * rounds to four decimals in the chosen language. Bad files and options are thrown, all problems at
 * once, as {@link InvalidInputException}.
 */
public final class AhpCommand implements Command {

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public String name() {
    return "ahp";
  }

  @Override
  public String summary() {
    return "AHP weights and consistency from pairwise matrices (CSV); several files: a group judgement.";
  }

  @Override
  public String usage() {
    return """
        Usage: kinerja ahp MATRIX.csv [MORE.csv …] [--method M] [--threshold T]
                           [--exclude-inconsistent] [--format table|json] [--lang en|id]
          MATRIX.csv              a pairwise matrix: the first row and column name the elements;
                                  cells are decimals (0.33) or fractions (1/3)
          MORE.csv                more respondents: their element-wise geometric mean is weighed
          --method M              eigenvector (default), column-average or geometric-mean
          --threshold T           the largest consistency ratio still consistent (default 0.1)
          --exclude-inconsistent  leave respondents whose CR exceeds the threshold out of the group
          --format F              table (default) or json
          --lang L                en (default) or id
        """;
  }

  @Override
  public int run(List<String> argv, PrintWriter out, PrintWriter err) {
    Args args =
        Args.parse(
            argv,
            Set.of("--method", "--threshold", "--format", "--lang"),
            Set.of("--exclude-inconsistent"),
            Set.of());
    List<String> files = args.positional(1, Integer.MAX_VALUE, "MATRIX.csv");
    Options options = Options.of(args);
    Report report = report(options, read(files), args.flag("--exclude-inconsistent"));
    StringWriter buffer = new StringWriter();
    if (options.json()) {
      json(buffer, report);
    } else {
      table(new PrintWriter(buffer), report, options.language());
    }
    out.print(buffer);
    return 0;
  }

  /** The options of one run, every bad one reported together. */
  private record Options(PriorityMethod method, double threshold, boolean json, Language language) {

    static Options of(Args args) {
      Problems problems = new Problems();
      String methodText = args.option("--method").orElse(PriorityMethod.EIGENVECTOR.code());
      PriorityMethod method = PriorityMethod.byCode(methodText).orElse(null);
      if (method == null) {
        problems.error(Location.field("--method"), "ahp.unknown_method", methodText);
      }
      double threshold = threshold(args, problems);
      String format = args.option("--format").orElse("table");
      if (!format.equalsIgnoreCase("table") && !format.equalsIgnoreCase("json")) {
        problems.error(Location.field("--format"), "cli.unknown_format", format, "table, json");
      }
      String code = args.option("--lang").orElse(Language.EN.code());
      if (Language.byCode(code) == null) {
        problems.error(Location.field("--lang"), "cli.unknown_language", code);
      }
      problems.throwIfErrors();
      return new Options(method, threshold, format.equalsIgnoreCase("json"), Language.byCode(code));
    }

    private static double threshold(Args args, Problems problems) {
      String text = args.option("--threshold").orElse(null);
      if (text == null) {
        return Ahp.DEFAULT_THRESHOLD;
      }
      try {
        double threshold = Double.parseDouble(text.strip().replace(',', '.'));
        if (threshold >= 0 && Double.isFinite(threshold)) {
          return threshold;
        }
      } catch (NumberFormatException e) {
        // reported below, with the text as written
      }
      problems.error(Location.field("--threshold"), "ahp.bad_threshold", text);
      return Ahp.DEFAULT_THRESHOLD;
    }
  }

  /** What is printed: the (group) result, and the respondents when there were several files. */
  private record Report(AhpResult result, double threshold, List<RespondentResult> respondents) {

    boolean group() {
      return !respondents.isEmpty();
    }
  }

  /** Every file read before failing, so that all files' problems are reported at once. */
  private static List<Respondent> read(List<String> files) {
    Problems problems = new Problems();
    List<Respondent> respondents = new ArrayList<>();
    for (String file : files) {
      try {
        PairwiseMatrix matrix = AhpMatrixReader.read(Path.of(file));
        respondents.add(new Respondent(file, matrix));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    problems.throwIfErrors();
    return respondents;
  }

  private static Report report(Options options, List<Respondent> respondents, boolean leaveOut) {
    Ahp ahp = new Ahp(options.method(), options.threshold());
    if (respondents.size() == 1) {
      return new Report(ahp.priorities(respondents.get(0).matrix()), ahp.threshold(), List.of());
    }
    GroupJudgement group = ahp.group(respondents, leaveOut);
    return new Report(group.result(), ahp.threshold(), group.respondents());
  }

  private static void json(Writer out, Report report) {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      AhpResult r = report.result();
      json.writeStartObject();
      json.writeStringField("method", r.method().code());
      json.writeNumberField("n", r.n());
      json.writeObjectFieldStart("weights");
      for (Map.Entry<String, Double> w : r.weights().entrySet()) {
        json.writeNumberField(w.getKey(), w.getValue());
      }
      json.writeEndObject();
      json.writeNumberField("lambda_max", r.lambdaMax());
      json.writeNumberField("ci", r.ci());
      json.writeNumberField("cr", r.cr());
      json.writeBooleanField("consistent", r.consistent());
      json.writeNumberField("threshold", report.threshold());
      if (report.group()) {
        respondentsJson(json, report.respondents());
      }
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void respondentsJson(JsonGenerator json, List<RespondentResult> respondents)
      throws IOException {
    json.writeArrayFieldStart("respondents");
    for (RespondentResult r : respondents) {
      json.writeStartObject();
      json.writeStringField("file", r.name());
      json.writeNumberField("cr", r.cr());
      json.writeBooleanField("consistent", r.consistent());
      json.writeBooleanField("included", r.included());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void table(PrintWriter out, Report report, Language language) {
    AhpResult r = report.result();
    String method = text(language, "ahp.method." + r.method().code());
    out.println(
        report.group()
            ? text(language, "ahp.table.group_title", report.respondents().size(), included(report), method, r.n())
            : text(language, "ahp.table.title", method, r.n()));
    out.println();
    List<String[]> weights = new ArrayList<>();
    r.weights().forEach((name, w) -> weights.add(new String[] {name, number(language, w)}));
    aligned(out, new String[] {text(language, "ahp.table.element"), text(language, "ahp.table.weight")}, weights);
    out.println();
    String verdict = r.consistent() ? "ahp.table.consistent" : "ahp.table.inconsistent";
    aligned(
        out,
        null,
        List.of(
            new String[] {text(language, "ahp.table.lambda_max"), number(language, r.lambdaMax()), ""},
            new String[] {text(language, "ahp.table.ci"), number(language, r.ci()), ""},
            new String[] {
              text(language, "ahp.table.cr"),
              number(language, r.cr()),
              Message.of(verdict, report.threshold()).in(language)
            }));
    if (report.group()) {
      out.println();
      respondentsTable(out, report.respondents(), language);
    }
    out.flush();
  }

  private static void respondentsTable(PrintWriter out, List<RespondentResult> respondents, Language language) {
    List<String[]> rows = new ArrayList<>();
    for (RespondentResult r : respondents) {
      rows.add(
          new String[] {
            r.name(), number(language, r.cr()), yesNo(language, r.consistent()), yesNo(language, r.included())
          });
    }
    String[] header = {
      text(language, "ahp.table.respondent"),
      "CR",
      text(language, "ahp.table.consistent_heading"),
      text(language, "ahp.table.included")
    };
    aligned(out, header, rows);
  }

  private static long included(Report report) {
    return report.respondents().stream().filter(RespondentResult::included).count();
  }

  /** Columns padded to their widest cell: names left, numbers (the second column) right. */
  private static void aligned(PrintWriter out, String[] header, List<String[]> rows) {
    List<String[]> all = new ArrayList<>();
    if (header != null) {
      all.add(header);
    }
    all.addAll(rows);
    int[] widths = new int[all.get(0).length];
    for (String[] row : all) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    for (String[] row : all) {
      out.println(line(row, widths));
    }
  }

  private static String line(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      String padding = " ".repeat(widths[c] - cells[c].length());
      line.append(c == 0 ? "" : "  ").append(c == 1 ? padding + cells[c] : cells[c] + padding);
    }
    return line.toString().stripTrailing();
  }

  private static String number(Language language, double value) {
    return Numbers.format(language, value, 4, 4);
  }

  private static String yesNo(Language language, boolean yes) {
    return text(language, yes ? "ahp.table.yes" : "ahp.table.no");
  }

  private static String text(Language language, String key, Object... args) {
    return Message.of(key, args).in(language);
  }
}
