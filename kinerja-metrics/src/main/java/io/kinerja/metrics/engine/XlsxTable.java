package io.kinerja.metrics.engine;

import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XLSX source made into a DuckDB table, so that the same planned SQL runs over it as over a CSV
 * file. DuckDB reads XLSX only through its excel extension, which is downloaded at run time, so the
 * first sheet is read here with POI's streaming (SAX) reader: one row at a time goes through DuckDB's
 * appender into a staging table of text, never the whole sheet into the heap.
 *
 * <p>The first row names the columns. A column's type is the type of its first non-empty cell: a
 * number, a date (a number in a date format; a timestamp where some value has a time of day), text or
 * true/false. A later cell of another type is a bad cell, reported with its sheet, row and column;
 * so is an error cell ({@code #DIV/0!}). Numbers may stand in a text column (as their text). Once the
 * sheet is read without a bad cell, the staging table is cast into the typed table the queries read.
 */
final class XlsxTable {

  /** Bad cells listed one by one before the rest are counted in one line. */
  private static final int LISTED = 20;

  private enum Kind {
    NUMBER, DATE, TEXT, BOOLEAN, ERROR;

    String key() {
      return name().toLowerCase();
    }
  }

  /** One cell as read: its kind and its value as text (ISO for dates, plain for numbers). */
  private record Cell(Kind kind, String text, boolean timeOfDay) {}

  /** What a column holds, decided by its first non-empty cell. */
  private static final class Column {
    final String name;
    final String letter;
    Kind kind;
    String firstCell;
    boolean whole = true;
    boolean timeOfDay;

    Column(String name, String letter) {
      this.name = name;
      this.letter = letter;
    }

    String sqlType() {
      if (kind == null) {
        return "VARCHAR";
      }
      return switch (kind) {
        case NUMBER -> whole ? "BIGINT" : "DOUBLE"; // whole numbers are cast through DOUBLE: 1E3 is one
        case DATE -> timeOfDay ? "TIMESTAMP" : "DATE";
        case BOOLEAN -> "BOOLEAN";
        default -> "VARCHAR";
      };
    }
  }

  private final String shownFile;
  private final Problems problems;
  private final Connection connection;
  private final String table;
  private String sheet;
  private final List<Column> columns = new ArrayList<>();
  private DuckDBAppender appender;
  private int badCells;

  private XlsxTable(String shownFile, Problems problems, Connection connection, String table) {
    this.shownFile = shownFile;
    this.problems = problems;
    this.connection = connection;
    this.table = table;
  }

  /**
   * Reads the first sheet of {@code path} into the table {@code table}; {@code false} (with problems
   * added, and no table left behind) when the file cannot be read or has a bad cell.
   */
  static boolean load(Path path, String shownFile, String sourceName, String table, Connection connection,
      Problems problems) {
    Problems found = new Problems();
    XlsxTable loader = new XlsxTable(shownFile, found, connection, table);
    try {
      loader.read(path);
    } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
        | RuntimeException e) {
      found.error(Location.file(shownFile), "metrics.xlsx.unreadable", sourceName, shownFile, firstLine(e));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot stage an XLSX sheet in DuckDB: " + QueryException.firstLine(e), e);
    }
    boolean ok = !found.hasErrors();
    loader.finish(ok);
    problems.addAll(found.all());
    return ok && !found.hasErrors();
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message).trim();
  }

  private void read(Path path) throws IOException, OpenXML4JException, SAXException, SQLException,
      javax.xml.parsers.ParserConfigurationException {
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      boolean date1904 = date1904(reader);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      if (!sheets.hasNext()) {
        problems.error(Location.file(shownFile), "metrics.xlsx.no_sheet", shownFile);
        return;
      }
      try (InputStream first = sheets.next()) {
        sheet = sheets.getSheetName();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new SheetHandler(strings, styles, date1904));
        xml.parse(new InputSource(first));
      }
      if (columns.isEmpty()) {
        problems.error(Location.cell(shownFile, 1, null), "metrics.xlsx.no_header", sheet);
      }
    } finally {
      if (appender != null) {
        appender.close();
      }
    }
  }

  /** Whether the workbook counts days from 1904 (old Mac Excel) rather than 1900. */
  private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
      javax.xml.parsers.ParserConfigurationException {
    boolean[] found = {false};
    try (InputStream workbook = reader.getWorkbookData()) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new DefaultHandler() {
        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
          if (localName.equals("workbookPr")) {
            String value = attributes.getValue("date1904");
            found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
          }
        }
      });
      xml.parse(new InputSource(workbook));
    }
    return found[0];
  }

  private void header(Map<Integer, Cell> cells, int row) throws SQLException {
    int last = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i <= last; i++) {
      Cell cell = cells.get(i);
      String letter = CellReference.convertNumToColString(i);
      String name = cell == null ? "" : cell.text().strip();
      if (name.isEmpty()) {
        problems.error(Location.cell(shownFile, row, letter), "metrics.xlsx.unnamed_column", sheet, letter + row);
      } else if (seen.containsKey(name)) {
        problems.error(Location.cell(shownFile, row, name), "metrics.xlsx.duplicate_column", sheet, letter + row, name,
            seen.get(name));
      }
      seen.putIfAbsent(name, letter + row);
      columns.add(new Column(name, letter));
    }
    if (problems.hasErrors() || columns.isEmpty()) {
      return;
    }
    StringBuilder ddl = new StringBuilder("CREATE TABLE " + quote(stage()) + " (");
    for (int i = 0; i < columns.size(); i++) {
      ddl.append(i == 0 ? "" : ", ").append(quote("c" + i)).append(" VARCHAR");
    }
    try (Statement s = connection.createStatement()) {
      s.execute(ddl.append(")").toString());
    }
    appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, stage());
  }

  private void row(Map<Integer, Cell> cells, int row) throws SQLException {
    if (cells.isEmpty()) {
      return; // a blank row: nothing to count
    }
    for (Map.Entry<Integer, Cell> e : cells.entrySet()) {
      if (e.getKey() >= columns.size()) {
        bad(row, CellReference.convertNumToColString(e.getKey()), null, e.getValue(), "metrics.xlsx.beyond_header");
      } else {
        check(columns.get(e.getKey()), e.getValue(), row);
      }
    }
    if (appender == null || badCells > 0) {
      return; // the sheet will be refused: no need to stage what is left
    }
    appender.beginRow();
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = cells.get(i);
      if (cell == null) {
        appender.appendNull();
      } else {
        appender.append(cell.text());
      }
    }
    appender.endRow();
  }

  private void check(Column column, Cell cell, int row) {
    Kind kind = cell.kind();
    if (kind == Kind.ERROR) {
      bad(row, column.letter, column, cell, "metrics.xlsx.error_cell");
      return;
    }
    if (column.kind == null) {
      column.kind = kind;
      column.firstCell = column.letter + row;
    } else if (kind != column.kind && !(column.kind == Kind.TEXT && kind == Kind.NUMBER)) {
      bad(row, column.letter, column, cell, "metrics.xlsx.bad_cell");
      return;
    }
    if (kind == Kind.NUMBER && column.kind == Kind.NUMBER && !isWhole(cell.text())) {
      column.whole = false;
    }
    column.timeOfDay |= cell.timeOfDay();
  }

  private static boolean isWhole(String number) {
    try {
      BigDecimal value = new BigDecimal(number);
      return value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void bad(int row, String letter, Column column, Cell cell, String key) {
    badCells++;
    if (badCells > LISTED) {
      return;
    }
    Message found = Message.of("metrics.xlsx.found." + cell.kind().key(), cell.text());
    String name = column == null ? letter : column.name;
    problems.error(Location.cell(shownFile, row, name), key, sheet, letter + row, name, found,
        column == null || column.kind == null ? "" : Message.of("metrics.xlsx.holds." + column.kind.key()),
        column == null ? "" : column.firstCell);
  }

  /** Casts the staged text into the typed table, or drops the stage when the sheet was refused. */
  private void finish(boolean ok) {
    try (Statement s = connection.createStatement()) {
      if (badCells > LISTED) {
        problems.error(Location.file(shownFile), "metrics.xlsx.more_bad_cells", sheet, badCells - LISTED);
      }
      if (ok && appender != null) {
        StringBuilder select = new StringBuilder("CREATE TABLE " + quote(table) + " AS SELECT ");
        for (int i = 0; i < columns.size(); i++) {
          Column c = columns.get(i);
          String staged = c.sqlType().equals("BIGINT") ? "CAST(" + quote("c" + i) + " AS DOUBLE)" : quote("c" + i);
          select.append(i == 0 ? "" : ", ").append("CAST(").append(staged).append(" AS ").append(c.sqlType())
              .append(") AS ").append(quote(c.name));
        }
        s.execute(select.append(" FROM ").append(quote(stage())).toString());
      }
      s.execute("DROP TABLE IF EXISTS " + quote(stage()));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot type an XLSX sheet in DuckDB: " + QueryException.firstLine(e), e);
    }
  }

  private String stage() {
    return table + "_text";
  }

  /** Identifiers are ours (the source's name) or the sheet's header: quoted, never pasted bare. */
  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** Reads cells row by row from the sheet's XML. */
  private final class SheetHandler extends DefaultHandler {
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final StringBuilder text = new StringBuilder();
    private Map<Integer, Cell> cells = new HashMap<>();
    private int row;
    private int nextColumn;
    private int column;
    private String type;
    private String style;
    private boolean inValue;

    SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {
      this.strings = strings;
      this.styles = styles;
      this.date1904 = date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      switch (localName) {
        case "row" -> {
          String r = attributes.getValue("r");
          row = r == null ? row + 1 : Integer.parseInt(r);
          cells = new HashMap<>();
          nextColumn = 0;
        }
        case "c" -> {
          String ref = attributes.getValue("r");
          column = ref == null ? nextColumn : new CellReference(ref).getCol();
          nextColumn = column + 1;
          type = attributes.getValue("t");
          style = attributes.getValue("s");
          text.setLength(0);
        }
        case "v", "t" -> inValue = true;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      switch (localName) {
        case "v", "t" -> inValue = false;
        case "c" -> {
          Cell cell = cell(text.toString());
          if (cell != null) {
            cells.put(column, cell);
          }
        }
        case "row" -> endRow();
        default -> { }
      }
    }

    private void endRow() throws SAXException {
      try {
        if (columns.isEmpty() && !problems.hasErrors()) {
          if (!cells.isEmpty()) {
            header(cells, row);
          }
        } else {
          row(cells, row);
        }
      } catch (SQLException e) {
        throw new SAXException(e);
      }
    }

    /** The cell's kind and value; {@code null} for an empty cell. */
    private Cell cell(String raw) {
      String t = type == null ? "n" : type;
      switch (t) {
        case "s":
          return text(strings.getItemAt(Integer.parseInt(raw.strip())).getString());
        case "inlineStr":
        case "str":
          return text(raw);
        case "b":
          return raw.isEmpty() ? null : new Cell(Kind.BOOLEAN, raw.strip().equals("1") ? "true" : "false", false);
        case "e":
          return new Cell(Kind.ERROR, raw, false);
        case "d":
          return isoDate(raw);
        default:
          return number(raw.strip());
      }
    }

    private Cell text(String value) {
      return value == null || value.isEmpty() ? null : new Cell(Kind.TEXT, value, false);
    }

    private Cell isoDate(String raw) {
      try {
        LocalDateTime time = raw.contains("T") ? LocalDateTime.parse(raw.strip())
            : java.time.LocalDate.parse(raw.strip()).atStartOfDay();
        return date(time);
      } catch (DateTimeParseException e) {
        return new Cell(Kind.TEXT, raw, false);
      }
    }

    private Cell number(String raw) {
      if (raw.isEmpty()) {
        return null;
      }
      if (style != null && isDateStyle(Integer.parseInt(style))) {
        return date(DateUtil.getLocalDateTime(Double.parseDouble(raw), date1904));
      }
      return new Cell(Kind.NUMBER, raw, false);
    }

    private boolean isDateStyle(int index) {
      if (styles == null || index >= styles.getNumCellStyles()) {
        return false;
      }
      XSSFCellStyle cellStyle = styles.getStyleAt(index);
      return DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
    }

    private Cell date(LocalDateTime time) {
      boolean timeOfDay = !time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
      String text = timeOfDay ? time.toString().replace('T', ' ') : time.toLocalDate().toString();
      return new Cell(Kind.DATE, text, timeOfDay);
    }
  }
}
