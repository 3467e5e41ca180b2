package io.kinerja.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.data.yaml.FieldSpans;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where an indicator's fields are written, so that an editor can change one value and nothing else. */
class FieldSpansTest {

  private static final Path RSI =
      Path.of(System.getProperty("kinerja.shared", "../shared"), "cases", "rsi-unisma-2014", "scorecard.yaml");

  @Test
  void finds_each_value_in_block_and_flow_style_with_its_quoting() throws Exception {
    String text = Files.readString(RSI, StandardCharsets.UTF_8);
    Map<String, Map<String, FieldSpans.Span>> spans = FieldSpans.of(text);
    assertThat(spans).hasSize(14);
    FieldSpans.Span formula = spans.get("rasio_ekonomi").get("formula");
    assertThat(text.substring(formula.start(), formula.end())).isEqualTo("pengeluaran_pemasaran / anggaran_pemasaran * 100");
    assertThat(formula.plain()).isTrue();
    FieldSpans.Span target = spans.get("rasio_ekonomi").get("target");
    assertThat(text.substring(target.start(), target.end())).isEqualTo("\"< 100\"");
    assertThat(target.value()).isEqualTo("< 100");
    assertThat(target.plain()).isFalse();
    FieldSpans.Span csr = spans.get("csr").get("formula");
    assertThat(text.substring(csr.start(), csr.end())).isEqualTo("'completion(\"Corporate Social Responsibility\")'");
    assertThat(spans.get("csr").keySet()).containsExactly("name", "formula", "unit", "target");
  }

  @Test
  void replacing_one_span_changes_that_value_and_no_other_byte() throws Exception {
    String text = Files.readString(RSI, StandardCharsets.UTF_8);
    FieldSpans.Span s = FieldSpans.of(text).get("pelatihan_karyawan").get("target");
    String changed = text.substring(0, s.start()) + "\">= 75\"" + text.substring(s.end());
    assertThat(FieldSpans.of(changed).get("pelatihan_karyawan").get("target").value()).isEqualTo(">= 75");
    assertThat(changed.replace("\">= 75\"", "\">= 80\"")).isEqualTo(text);
  }

  @Test
  void text_that_is_not_yaml_has_no_spans() {
    assertThat(FieldSpans.of("perspectives: [")).isEmpty();
    assertThat(FieldSpans.of("")).isEmpty();
  }
}
