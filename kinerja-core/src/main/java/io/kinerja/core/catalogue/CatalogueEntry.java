package io.kinerja.core.catalogue;

import io.kinerja.core.target.Polarity;
import io.kinerja.core.text.Language;
import java.util.List;
import java.util.Map;

/**
 * A KPI of the built-in catalogue: its formula over named measures, unit and polarity, and its name and
 * a sentence of meaning in both languages.
 */
public record CatalogueEntry(
    String id,
    String unit,
    Polarity polarity,
    String formula,
    Map<Language, String> names,
    Map<Language, String> descriptions,
    List<String> measures) {

  public CatalogueEntry {
    names = Map.copyOf(names);
    descriptions = Map.copyOf(descriptions);
    measures = List.copyOf(measures);
  }

  public String name(Language language) {
    return names.get(language);
  }

  public String description(Language language) {
    return descriptions.get(language);
  }
}
