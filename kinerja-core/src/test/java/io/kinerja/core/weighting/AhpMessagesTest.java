package io.kinerja.core.weighting;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AhpMessagesTest {

  private static Set<String> keys(String language) throws IOException {
    String path = "/io/kinerja/core/text/messages_" + language + ".properties";
    try (InputStream in = AhpMessagesTest.class.getResourceAsStream(path)) {
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> ours = new TreeSet<>();
      for (String key : properties.stringPropertyNames()) {
        if (key.startsWith("ahp.") || key.startsWith("weighting.")) {
          ours.add(key);
        }
      }
      return ours;
    }
  }

  @Test
  void every_ahp_message_is_said_in_both_languages() throws IOException {
    Set<String> english = keys("en");

    assertThat(english).hasSizeGreaterThan(40);
    assertThat(keys("id")).isEqualTo(english);
  }

  @Test
  void says_an_apostrophe_plainly_in_both_languages() {
    Message message = Message.of("ahp.matrix.duplicate_element", "Harga");

    assertThat(message.in(Language.EN)).isEqualTo("the element 'Harga' is named more than once");
    assertThat(message.in(Language.ID)).isEqualTo("elemen 'Harga' disebut lebih dari sekali");
  }

  @Test
  void formats_numbers_in_a_message_per_language() {
    Message message = Message.of("ahp.matrix.out_of_scale", "a", "b", 0.05);

    assertThat(message.in(Language.EN)).contains("holds 0.05,");
    assertThat(message.in(Language.ID)).contains("berisi 0,05,");
  }
}
