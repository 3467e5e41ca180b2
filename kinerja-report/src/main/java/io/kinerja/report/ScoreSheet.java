package io.kinerja.report;

import io.kinerja.core.evaluation.GroupResult;
import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.evaluation.Input;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.formula.Expr;
import io.kinerja.core.formula.Function;
import io.kinerja.core.formula.Value;
import io.kinerja.core.model.Method;
import io.kinerja.core.model.Objective;
import io.kinerja.core.model.Perspective;
import io.kinerja.core.scoring.Band;
import io.kinerja.core.scoring.Bands;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A Scorecard sheet for one result, live: each indicator's value is its formula over the Data sheet,
 * its score the method's rule over the value and the standard, each perspective's result and the final
 * score roll-ups of those cells, and categories the bands as nested IFs. Changing a figure on the Data
 * sheet (or a standard, or the tolerance) changes the scores. Planned in two passes: {@link #plan}
 * registers on the Data sheet what the formulas need, {@link #write} writes the cells.
 */
final class ScoreSheet {

  static final int HEADER_ROW = 5;
  static final int NAME = 0;
  static final int FORMULA = 1;
  static final int TARGET = 2;
  static final int STANDARD = 3;
  static final int VALUE = 4;
  static final int SCORE = 5;
  static final int WEIGHT = 6;
  static final int CATEGORY = 7;
  static final int NOTE = 8;

  /** Block of perspective results: columns. */
  static final int B_TOTAL = 1;
  static final int B_CRITERION = 2;
  static final int B_FINAL = 3;
  static final int B_WEIGHT = 4;
  static final int B_CATEGORY = 5;

  private final ScorecardResult result;
  private final DataSheet data;
  private final int column;
  private final Book book;
  private final Words words;
  private final Map<String, Integer> indicatorRows = new LinkedHashMap<>();
  private final Map<String, Integer> objectiveRows = new LinkedHashMap<>();
  private final Map<String, Integer> perspectiveRows = new LinkedHashMap<>();
  private final Set<String> constantIndicators = new LinkedHashSet<>();
  private int blockHeader;
  private int overallRow;
  private int lastIndicatorRow;

  ScoreSheet(ScorecardResult result, DataSheet data, int column, Book book) {
    this.result = result;
    this.data = data;
    this.column = column;
    this.book = book;
    this.words = book.words;
    layout();
  }

  /** Row of the overall result in the perspectives block; its final score is in column {@link #B_FINAL}. */
  int overallRow() {
    return overallRow;
  }

  private void layout() {
    int row = HEADER_ROW + 1;
    for (Perspective p : result.scorecard().perspectives()) {
      row++;
      for (Objective o : p.objectives()) {
        objectiveRows.put(p.id() + "/" + o.id(), row++);
        for (var i : o.indicators()) {
          indicatorRows.put(i.id(), row++);
        }
      }
      for (var i : p.indicators()) {
        indicatorRows.put(i.id(), row++);
      }
    }
    lastIndicatorRow = row - 1;
    blockHeader = row + 1;
    row = blockHeader + 1;
    for (Perspective p : result.scorecard().perspectives()) {
      perspectiveRows.put(p.id(), row++);
    }
    overallRow = row;
  }

  private boolean live() {
    return ScoreFormulas.supports(result.method());
  }

  // ---- pass 1: what the Data sheet must hold

  void plan() {
    for (IndicatorResult r : result.indicators()) {
      if (r.value() instanceof Value.Class c) {
        data.scale(c.scale());
      }
      try {
        ExcelFormula.of(r.indicator().formula(), new Planner(r));
      } catch (ExcelFormula.Untranslatable e) {
        constantIndicators.add(r.id());
        data.constant("=" + r.id(), r.indicator().formulaText(), column, r.value(),
            words.label("xlsx.computed_note", e.getMessage()));
      }
    }
  }

  /** Records each measure and computed call a formula needs, with its value for this result. */
  private final class Planner implements ExcelFormula.Cells {
    private final IndicatorResult r;

    Planner(IndicatorResult r) {
      this.r = r;
    }

    @Override
    public String data(String key) {
      Input measure = find(r, Input.Kind.MEASURE, key, null);
      if (measure != null || !key.contains("(")) {
        data.measure(key, column, measure == null ? new Value.Missing(null) : measure.value(),
            measure == null ? null : origin(measure));
        return "X";
      }
      Value value = callValue(r, key);
      if (value == null) {
        throw new ExcelFormula.Untranslatable(key);
      }
      data.constant(key, key, column, value, words.label("xlsx.computed_note", key));
      return "X";
    }

    @Override
    public boolean isIndicator(String name) {
      return isIndicatorName(r, name);
    }

    @Override
    public String indicator(String id) {
      return "X";
    }
  }

  private boolean isIndicatorName(IndicatorResult r, String name) {
    return indicatorRows.containsKey(name) && find(r, Input.Kind.MEASURE, name, null) == null;
  }

  private static String origin(Input measure) {
    if (!measure.figures().isEmpty()) {
      return measure.figures().get(0).origin().toString();
    }
    return measure.how() == null ? null : measure.how().toString();
  }

  private Input find(IndicatorResult r, Input.Kind kind, String name, String how) {
    for (Input input : r.inputs()) {
      if (input.kind() == kind && input.span().equals(result.span()) && input.name().equalsIgnoreCase(name.strip())
          && (how == null || (input.how() != null && input.how().key().equals(how)))) {
        return input;
      }
    }
    return null;
  }

  /** The value Kinerja computed for {@code completion("X")} or {@code likert_*(q)} in this result. */
  private Value callValue(IndicatorResult r, String key) {
    Expr.Call call = callIn(r.indicator().formula(), key);
    if (call == null) {
      return null;
    }
    Function f = Function.named(call.function());
    Input input = f == Function.COMPLETION
        ? find(r, Input.Kind.PROGRAMME, ((Expr.Text) call.args().get(0)).value(), null)
        : find(r, Input.Kind.QUESTIONNAIRE, ((Expr.Name) call.args().get(0)).name(), "how." + f.spelling());
    return input == null ? null : input.value();
  }

  private static Expr.Call callIn(Expr expr, String key) {
    List<Expr.Call> calls = new ArrayList<>();
    collectCalls(expr, calls);
    return calls.stream().filter(c -> ExcelFormula.key(c).equals(key)).findFirst().orElse(null);
  }

  private static void collectCalls(Expr expr, List<Expr.Call> calls) {
    if (expr instanceof Expr.Call c) {
      calls.add(c);
      c.args().forEach(a -> collectCalls(a, calls));
    } else if (expr instanceof Expr.Binary b) {
      collectCalls(b.left(), calls);
      collectCalls(b.right(), calls);
    } else if (expr instanceof Expr.Negate n) {
      collectCalls(n.operand(), calls);
    } else if (expr instanceof Expr.Not n) {
      collectCalls(n.operand(), calls);
    }
  }

  // ---- pass 2: the cells

  void write(Sheet sheet) {
    heading(sheet);
    for (Perspective p : result.scorecard().perspectives()) {
      book.text(Book.row(sheet, indicatorRowsStart(p) - 1), NAME, p.name(), book.bold);
      for (Objective o : p.objectives()) {
        objectiveRow(sheet, p, o);
      }
      for (IndicatorResult r : result.indicatorsOf(p.id())) {
        indicatorRow(sheet, r);
      }
    }
    block(sheet);
    lights(sheet);
    chart(sheet);
    sheet.createFreezePane(1, HEADER_ROW + 1);
    int[] widths = {40, 36, 14, 12, 16, 10, 9, 18, 60};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  private int indicatorRowsStart(Perspective p) {
    int first = Integer.MAX_VALUE;
    for (Objective o : p.objectives()) {
      first = Math.min(first, objectiveRows.get(p.id() + "/" + o.id()));
    }
    for (var i : p.allIndicators()) {
      first = Math.min(first, indicatorRows.get(i.id()));
    }
    return first == Integer.MAX_VALUE ? perspectiveRows.get(p.id()) : first;
  }

  private void heading(Sheet sheet) {
    book.text(Book.row(sheet, 0), 0, result.scorecard().name(), book.title);
    String segment = Sections.segmentLabel(result);
    book.text(Book.row(sheet, 1), 0, words.label("period") + ": " + result.span().name()
        + (segment == null ? "" : " · " + segment));
    Row method = Book.row(sheet, 2);
    book.text(method, 0, words.label("method"));
    book.text(method, 1, words.method(result.method()));
    Row parameter = Book.row(sheet, 3);
    if (result.method() == Method.MULYADI) {
      book.text(parameter, 0, words.label("xlsx.tolerance"));
      book.number(parameter, 1, result.scorecard().scoring().tolerance(), "0.####");
    } else if (result.method() == Method.ACHIEVEMENT) {
      book.text(parameter, 0, words.label("xlsx.cap"));
      book.number(parameter, 1, result.scorecard().scoring().cap(), "0.####");
    }
    Row header = Book.row(sheet, HEADER_ROW);
    String[] names = {words.label("indicator"), words.label("formula"), words.label("target"),
        words.label("xlsx.standard"), words.label("actual"), words.label("score"), words.label("weight"),
        words.label("category"), words.label("xlsx.note")};
    for (int i = 0; i < names.length; i++) {
      book.text(header, i, names[i], book.header);
    }
  }

  private String parameter() {
    return "$B$4";
  }

  private static String cell(int row, int column) {
    return new CellReference(row, column, true, true).formatAsString();
  }

  private void indicatorRow(Sheet sheet, IndicatorResult r) {
    int index = indicatorRows.get(r.id());
    Row row = Book.row(sheet, index);
    book.text(row, NAME, "  " + r.indicator().name());
    book.text(row, FORMULA, r.indicator().formulaText());
    book.text(row, TARGET, r.target() == null ? "—" : r.target().text());
    Double standard = ScoreFormulas.standard(result.method(), r.target(), scale(r));
    if (standard != null) {
      book.number(row, STANDARD, standard, "#,##0.####");
    }
    value(row, r);
    score(row, index, r);
    book.number(row, WEIGHT, r.indicator().weight() == null ? 1 : r.indicator().weight(), "0.####");
    category(row, index, r);
    book.text(row, NOTE, note(r), book.text);
  }

  private List<String> scale(IndicatorResult r) {
    return r.value() instanceof Value.Class c ? c.scale() : List.of();
  }

  private void value(Row row, IndicatorResult r) {
    String format = book.unitFormat(r.indicator().unit());
    if (constantIndicators.contains(r.id())) {
      String ref = data.ref("=" + r.id(), column);
      book.formula(row, VALUE, "IF(" + ref + "=\"\",\"\"," + ref + ")", format);
      return;
    }
    Set<String> numericRefs = new LinkedHashSet<>();
    String expr = ExcelFormula.of(r.indicator().formula(), new Writer(r, numericRefs));
    if (r.value() instanceof Value.Class) {
      book.formula(row, VALUE, "IF(" + expr + "=\"\",\"\"," + expr + ")", null);
      return;
    }
    String guard = numericRefs.isEmpty() ? "" : "IF(COUNT(" + String.join(",", numericRefs) + ")<"
        + numericRefs.size() + ",\"\",";
    book.formula(row, VALUE, guard + "IFERROR(" + expr + ",\"\")" + (guard.isEmpty() ? "" : ")"), format);
  }

  /** The real references, noting which Data cells must hold numbers for the value to exist. */
  private final class Writer implements ExcelFormula.Cells {
    private final IndicatorResult r;
    private final Set<String> numericRefs;

    Writer(IndicatorResult r, Set<String> numericRefs) {
      this.r = r;
      this.numericRefs = numericRefs;
    }

    @Override
    public String data(String key) {
      String ref = data.ref(key, column);
      if (!key.startsWith("likert_class(")) {
        numericRefs.add(ref);
      }
      return ref;
    }

    @Override
    public boolean isIndicator(String name) {
      return isIndicatorName(r, name);
    }

    @Override
    public String indicator(String id) {
      return cell(indicatorRows.get(id), VALUE);
    }
  }

  private void score(Row row, int index, IndicatorResult r) {
    if (r.overridden()) {
      book.number(row, SCORE, r.score(), "0.####");
      return;
    }
    String formula = live() && r.score() != null
        ? ScoreFormulas.score(result.scorecard().scoring(), r, cell(index, VALUE), cell(index, STANDARD), parameter(),
            r.value() instanceof Value.Class ? data.scaleRange() : null)
        : null;
    if (formula != null) {
      book.formula(row, SCORE, formula, "0.####");
    } else if (r.score() != null) {
      book.number(row, SCORE, r.score(), "0.####");
    }
  }

  private void category(Row row, int index, IndicatorResult r) {
    Bands own = r.indicator().bands();
    String formula;
    if (own != null && r.value() instanceof Value.Number) {
      formula = ScoreFormulas.band(own, cell(index, VALUE), words);
    } else if (result.method() == Method.MULYADI) {
      formula = ScoreFormulas.mulyadiWord(cell(index, SCORE), words);
    } else if (result.method() != Method.OMAX && result.scorecard().scoring().bands() != null) {
      formula = ScoreFormulas.band(result.scorecard().scoring().bands(), cell(index, SCORE), words);
    } else {
      book.text(row, CATEGORY, words.text(r.category()));
      return;
    }
    book.formula(row, CATEGORY, formula, null);
  }

  private String note(IndicatorResult r) {
    List<String> notes = new ArrayList<>();
    if (r.overridden()) {
      String note = r.indicator().override().note();
      notes.add(words.label("override_mark") + ": " + words.label("override_note", note == null ? "—" : note,
          words.score(r.strictScore())));
    }
    if (!r.overridden() && !live() && r.score() != null) {
      notes.add(words.label("xlsx.constant_score", words.method(result.method())));
    }
    if (constantIndicators.contains(r.id())) {
      notes.add(words.label("xlsx.computed_note", r.indicator().formulaText()));
    }
    if (r.score() == null && r.reason() != null) {
      notes.add(words.label("no_score_note", words.text(r.reason())));
    }
    return String.join(" · ", notes);
  }

  private void objectiveRow(Sheet sheet, Perspective p, Objective o) {
    int index = objectiveRows.get(p.id() + "/" + o.id());
    Row row = Book.row(sheet, index);
    book.text(row, NAME, " " + o.name(), book.bold);
    book.number(row, WEIGHT, o.weight() == null ? 1 : o.weight(), "0.####");
    if (result.method() == Method.MULYADI) {
      return;
    }
    List<Integer> items = new ArrayList<>();
    o.indicators().forEach(i -> items.add(indicatorRows.get(i.id())));
    if (live()) {
      book.formula(row, SCORE, weightedMean(items, SCORE, WEIGHT), "0.####");
    }
  }

  /** Σ w·s / Σ w over the scored items (cells with a number), "" when none is scored. */
  private static String weightedMean(List<Integer> rows, int scoreColumn, int weightColumn) {
    List<String> products = new ArrayList<>();
    List<String> weights = new ArrayList<>();
    for (int r : rows) {
      String s = cell(r, scoreColumn);
      String w = cell(r, weightColumn);
      products.add("N(" + s + ")*" + w);
      weights.add("IF(ISNUMBER(" + s + ")," + w + ",0)");
    }
    String denominator = "(" + String.join("+", weights) + ")";
    return "IF(" + denominator + "=0,\"\",(" + String.join("+", products) + ")/" + denominator + ")";
  }

  private void block(Sheet sheet) {
    Row header = Book.row(sheet, blockHeader);
    String[] names = {words.label("balance.perspective"), words.label("balance.total"),
        words.label("balance.criterion"), words.label("final"), words.label("weight"), words.label("category")};
    for (int i = 0; i < names.length; i++) {
      book.text(header, i, names[i], book.header);
    }
    for (GroupResult g : result.perspectives()) {
      perspectiveRow(sheet, g);
    }
    overall(sheet);
  }

  private void perspectiveRow(Sheet sheet, GroupResult g) {
    Perspective p = result.scorecard().perspectives().stream().filter(x -> x.id().equals(g.id())).findFirst()
        .orElseThrow();
    int index = perspectiveRows.get(g.id());
    Row row = Book.row(sheet, index);
    book.text(row, NAME, g.name());
    book.number(row, B_WEIGHT, g.weight() == null ? 1 : g.weight(), "0.####");
    List<String> scores = new ArrayList<>();
    p.allIndicators().forEach(i -> scores.add(cell(indicatorRows.get(i.id()), SCORE)));
    if (!live()) {
      constants(row, g.aggregate());
      book.text(row, B_CATEGORY, words.text(g.category()));
      return;
    }
    String count = "COUNT(" + String.join(",", scores) + ")";
    book.formula(row, B_CRITERION, count, "0");
    String fin = cell(index, B_FINAL);
    if (result.method() == Method.MULYADI) {
      book.formula(row, B_TOTAL, "SUM(" + String.join(",", scores) + ")", "0.####");
      book.formula(row, B_FINAL, "IF(" + cell(index, B_CRITERION) + "=0,\"\"," + cell(index, B_TOTAL) + "/"
          + cell(index, B_CRITERION) + ")", "0.0000");
    } else {
      List<Integer> items = new ArrayList<>();
      p.objectives().forEach(o -> items.add(objectiveRows.get(p.id() + "/" + o.id())));
      p.indicators().forEach(i -> items.add(indicatorRows.get(i.id())));
      book.formula(row, B_FINAL, weightedMean(items, SCORE, WEIGHT), "0.0000");
      book.formula(row, B_TOTAL, "IF(ISNUMBER(" + fin + ")," + fin + ",\"\")", "0.0000");
    }
    Bands bands = p.bands() != null ? p.bands() : result.scorecard().scoring().bands();
    categoryOf(row, bands, fin, g.category());
  }

  private void constants(Row row, io.kinerja.core.scoring.Aggregate a) {
    book.number(row, B_TOTAL, a.score(), "0.####");
    book.number(row, B_CRITERION, a.scored(), "0");
    if (a.fin() != null) {
      book.number(row, B_FINAL, a.fin(), "0.0000");
    }
  }

  private void categoryOf(Row row, Bands bands, String fin, io.kinerja.core.text.Message fallback) {
    if (bands == null) {
      book.text(row, B_CATEGORY, words.text(fallback));
    } else {
      book.formula(row, B_CATEGORY, ScoreFormulas.band(bands, fin, words), null);
    }
  }

  private void overall(Sheet sheet) {
    Row row = Book.row(sheet, overallRow);
    book.text(row, NAME, words.label("overall"), book.bold);
    if (!live()) {
      constants(row, result.overall());
      book.text(row, B_CATEGORY, words.text(result.category()));
      book.text(row, NOTE, words.label("xlsx.constant_score", words.method(result.method())));
      return;
    }
    int first = blockHeader + 1;
    int last = overallRow - 1;
    String criteria = cell(first, B_CRITERION) + ":" + cell(last, B_CRITERION);
    book.formula(row, B_CRITERION, "SUM(" + criteria + ")", "0");
    if (result.method() == Method.MULYADI) {
      book.formula(row, B_TOTAL, "SUM(" + cell(first, B_TOTAL) + ":" + cell(last, B_TOTAL) + ")", "0.####");
      book.formula(row, B_FINAL, "IF(" + cell(overallRow, B_CRITERION) + "=0,\"\"," + cell(overallRow, B_TOTAL) + "/"
          + cell(overallRow, B_CRITERION) + ")", "0.0000");
    } else {
      List<Integer> rows = new ArrayList<>();
      for (int r = first; r <= last; r++) {
        rows.add(r);
      }
      book.formula(row, B_FINAL, weightedMean(rows, B_FINAL, B_WEIGHT), "0.0000");
    }
    categoryOf(row, result.scorecard().scoring().bands(), cell(overallRow, B_FINAL), result.category());
  }

  /** Traffic lights on the scores and on the perspectives' and overall final scores. */
  private void lights(Sheet sheet) {
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    String top = cell(HEADER_ROW + 1, SCORE).replace("$", "");
    CellRangeAddress[] scores = {new CellRangeAddress(HEADER_ROW + 1, lastIndicatorRow, SCORE, SCORE)};
    String finalTop = cell(blockHeader + 1, B_FINAL).replace("$", "");
    CellRangeAddress[] finals = {new CellRangeAddress(blockHeader + 1, overallRow, B_FINAL, B_FINAL)};
    if (result.method() == Method.MULYADI) {
      rules(formatting, scores, top, List.of(new Rule(">0", "green"), new Rule("=0", "yellow"), new Rule("<0", "red")));
    } else if (result.scorecard().scoring().bands() != null && result.method() != Method.OMAX) {
      rules(formatting, scores, top, bandRules(result.scorecard().scoring().bands(), top));
    }
    if (result.scorecard().scoring().bands() != null && result.method() != Method.OMAX) {
      rules(formatting, finals, finalTop, bandRules(result.scorecard().scoring().bands(), finalTop));
    }
  }

  private record Rule(String condition, String colour) {}

  private static List<Rule> bandRules(Bands bands, String cell) {
    List<Rule> rules = new ArrayList<>();
    for (Band b : bands.bands()) {
      List<String> parts = new ArrayList<>();
      if (b.from() != null) {
        parts.add(cell + (b.fromClosed() ? ">=" : ">") + ScoreFormulas.n(b.from()));
      }
      if (b.to() != null) {
        parts.add(cell + (b.toClosed() ? "<=" : "<") + ScoreFormulas.n(b.to()));
      }
      rules.add(new Rule(parts.isEmpty() ? "TRUE" : "AND(" + String.join(",", parts) + ")", b.colour()));
    }
    return rules;
  }

  private static void rules(SheetConditionalFormatting formatting, CellRangeAddress[] region, String cell,
      List<Rule> rules) {
    for (Rule rule : rules) {
      String colour = Lights.colour(rule.colour());
      if (!colour.startsWith("#") || colour.length() != 7) {
        continue;
      }
      String condition = rule.condition().startsWith("AND(") || rule.condition().equals("TRUE")
          ? rule.condition() : cell + rule.condition();
      ConditionalFormattingRule r = formatting.createConditionalFormattingRule(
          "AND(ISNUMBER(" + cell + ")," + condition + ")");
      ((XSSFConditionalFormattingRule) r).createPatternFormatting().setFillBackgroundColor(
          new XSSFColor(rgb(colour), null));
      formatting.addConditionalFormatting(region, r);
    }
  }

  private static byte[] rgb(String hex) {
    return new byte[] {(byte) Integer.parseInt(hex.substring(1, 3), 16), (byte) Integer.parseInt(hex.substring(3, 5), 16),
        (byte) Integer.parseInt(hex.substring(5, 7), 16)};
  }

  /** A bar chart of the perspectives' final scores, beside the table. */
  private void chart(Sheet sheet) {
    if (!(sheet instanceof XSSFSheet xssf) || result.perspectives().isEmpty()) {
      return;
    }
    XSSFDrawing drawing = xssf.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, NOTE + 1, HEADER_ROW, NOTE + 9, HEADER_ROW + 18);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(words.label("perspective_chart"));
    chart.setTitleOverlay(false);
    XDDFCategoryAxis names = chart.createCategoryAxis(AxisPosition.LEFT);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
    int first = blockHeader + 1;
    int last = overallRow - 1;
    // The chart's cache holds Kinerja's numbers (POI would otherwise evaluate the formulas itself); the
    // ranges make Excel redraw it from the cells.
    String sheetName = sheet.getSheetName();
    var categories = XDDFDataSourcesFactory.fromArray(
        result.perspectives().stream().map(GroupResult::name).toArray(String[]::new),
        range(sheetName, first, last, NAME));
    var finals = XDDFDataSourcesFactory.fromArray(
        result.perspectives().stream().map(g -> Charts.banded(result, g.aggregate())).toArray(Double[]::new),
        range(sheetName, first, last, B_FINAL));
    XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, names, values);
    bars.setBarDirection(BarDirection.BAR);
    bars.addSeries(categories, finals).setTitle(words.label("final"), null);
    bars.setVaryColors(false);
    chart.plot(bars);
  }

  static String range(String sheet, int first, int last, int column) {
    return new CellRangeAddress(first, last, column, column).formatAsString(sheet, true);
  }
}
