package io.kinerja.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The metrics messages exist in both languages. */
class MessagesTest {

  private static Set<String> metricsKeys(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/io/kinerja/core/text/messages_" + language + ".properties")) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    Set<String> keys = new TreeSet<>();
    properties.stringPropertyNames().stream().filter(k -> k.startsWith("metrics.")).forEach(keys::add);
    return keys;
  }

  @Test
  void every_metrics_message_is_in_english_and_indonesian() throws IOException {
    assertThat(metricsKeys("en")).hasSizeGreaterThan(40).isEqualTo(metricsKeys("id"));
  }
}
