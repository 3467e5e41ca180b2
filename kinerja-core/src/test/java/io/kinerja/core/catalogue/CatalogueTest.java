package io.kinerja.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.text.Language;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  @Test
  void holds_at_least_thirty_kpis_with_unique_ids() {
    List<String> ids = Catalogue.ids();
    assertThat(ids.size()).isGreaterThanOrEqualTo(30);
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
  }

  @Test
  void every_entry_speaks_both_languages_and_names_its_measures() {
    for (CatalogueEntry e : Catalogue.entries()) {
      for (Language language : Language.values()) {
        assertThat(e.name(language)).as(e.id()).isNotBlank();
        assertThat(e.description(language)).as(e.id()).isNotBlank();
      }
      assertThat(e.measures()).as(e.id()).isNotEmpty();
      assertThat(e.unit()).as(e.id()).isNotBlank();
    }
  }

  @Test
  void the_funnel_and_people_kpis_of_the_seeds_are_there() {
    assertThat(Catalogue.ids()).contains("cpl", "cac", "romi", "win_rate", "lead_to_mql", "mql_to_sql",
        "sales_cycle_length", "customer_retention", "churn_rate", "economy_ratio", "innovation_ratio",
        "employee_turnover", "training_rate", "employee_satisfaction_index", "bounce_rate", "engagement_rate");
    CatalogueEntry romi = Catalogue.find("romi").orElseThrow();
    assertThat(romi.formula()).isEqualTo("(revenue - spend) / spend * 100");
    assertThat(romi.measures()).containsExactly("revenue", "spend");
    assertThat(Catalogue.find("cpl").orElseThrow().name(Language.ID)).isEqualTo("Biaya per prospek (CPL)");
  }
}
