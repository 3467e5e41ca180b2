package io.kinerja.core.text;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Regression: a message pattern with quoted braces ({@code '{'}) broke MessageFormat once apostrophes
 * are doubled, so reporting a raw-answers file without a scale crashed with exit 1.
 */
class MessagePatternsTest {

  @Test
  void every_message_renders_in_both_languages() {
    for (Language language : Language.values()) {
      ResourceBundle bundle = ResourceBundle.getBundle("io.kinerja.core.text.messages", language.locale(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      for (String key : bundle.keySet()) {
        Object[] args = {"a", "b", "c", "d", "e", "f"};
        assertThatCode(() -> Messages.render(language, Message.of(key, args)))
            .as("%s in %s", key, language).doesNotThrowAnyException();
      }
    }
  }
}
