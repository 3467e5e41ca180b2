package io.kinerja.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.kinerja.core.catalogue.Catalogue;
import io.kinerja.core.catalogue.CatalogueEntry;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** {@code kinerja catalog}: the built-in KPIs, each with formula, unit, polarity and meaning, in either language. */
public final class CatalogCommand implements Command {

  @Override
  public String name() {
    return "catalog";
  }

  @Override
  public String summary() {
    return "Lists the built-in KPI catalogue (use an entry in a scorecard with use: ID).";
  }

  @Override
  public String usage() {
    return """
        Usage: kinerja catalog [--lang en|id] [--format table|json]
          --lang L       en or id (default: the environment's, else en)
          --format F     table (default) or json: [{"id", "name", "description", "formula", "unit", "polarity", "measures"}]
        """;
  }

  @Override
  public int run(List<String> argv, PrintWriter out, PrintWriter err) {
    Args args = Args.parse(argv, Set.of("--lang", "--format"), Set.of(), Set.of());
    args.positional(0, 0, "");
    Language language = Languages.chosen(args.option("--lang").orElse(null), Languages.fromEnvironment());
    Format format = Format.parse(args.option("--format").orElse("table"));
    out.print(format == Format.JSON ? json(language) : table(language));
    return 0;
  }

  private static String json(Language language) {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(buffer)) {
      json.useDefaultPrettyPrinter();
      json.writeStartArray();
      for (CatalogueEntry e : Catalogue.entries()) {
        json.writeStartObject();
        json.writeStringField("id", e.id());
        json.writeStringField("name", e.name(language));
        json.writeStringField("description", e.description(language));
        json.writeStringField("formula", e.formula());
        json.writeStringField("unit", e.unit());
        json.writeStringField("polarity", e.polarity().key());
        json.writeArrayFieldStart("measures");
        for (String m : e.measures()) {
          json.writeString(m);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toString();
  }

  private static String table(Language language) {
    int idWidth = Catalogue.ids().stream().mapToInt(String::length).max().orElse(2);
    int nameWidth = Catalogue.entries().stream().mapToInt(e -> e.name(language).length()).max().orElse(4);
    StringBuilder out = new StringBuilder();
    String format = "%-" + idWidth + "s  %-" + nameWidth + "s  %-6s  %-6s  %s%n";
    out.append(String.format(format, "id", Messages.text(language, "table.indicator"), "unit", "better",
        Messages.text(language, "explain.formula").strip()));
    for (CatalogueEntry e : Catalogue.entries()) {
      out.append(String.format(format, e.id(), e.name(language), e.unit(),
          e.polarity() == io.kinerja.core.target.Polarity.HIGHER ? "↑" : "↓", e.formula()));
    }
    return out.toString();
  }
}
