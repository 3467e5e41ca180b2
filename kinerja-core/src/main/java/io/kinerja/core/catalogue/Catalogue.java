package io.kinerja.core.catalogue;

import io.kinerja.core.formula.Expr;
import io.kinerja.core.formula.Parser;
import io.kinerja.core.target.Polarity;
import io.kinerja.core.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in KPI catalogue (DESIGN §8): marketing, sales, customer, digital, process and people KPIs
 * from seeds 001–003, read from {@code catalogue.tsv} beside this class. Every formula is parsed when the
 * catalogue loads, so a broken entry fails the build's tests rather than a user's scorecard.
 */
public final class Catalogue {

  private static final List<CatalogueEntry> ENTRIES = load();

  private Catalogue() {}

  public static List<CatalogueEntry> entries() {
    return ENTRIES;
  }

  public static Optional<CatalogueEntry> find(String id) {
    return ENTRIES.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  public static List<String> ids() {
    return ENTRIES.stream().map(CatalogueEntry::id).toList();
  }

  private static List<CatalogueEntry> load() {
    try (InputStream in = Catalogue.class.getResourceAsStream("catalogue.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<CatalogueEntry> entries = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          entries.add(entry(line.split("\t", -1)));
        }
      }
      return List.copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CatalogueEntry entry(String[] f) {
    if (f.length != 8) {
      throw new IllegalStateException("catalogue.tsv: an entry needs 8 columns: " + String.join(" | ", f));
    }
    Polarity polarity = Polarity.valueOf(f[2].toUpperCase());
    return new CatalogueEntry(f[0], f[1], polarity, f[3], Map.of(Language.EN, f[4], Language.ID, f[5]),
        Map.of(Language.EN, f[6], Language.ID, f[7]), List.copyOf(Expr.names(Parser.parse(f[3]))));
  }

  /** The names a formula uses (measures, and questionnaires given to likert functions), in order. */

}
