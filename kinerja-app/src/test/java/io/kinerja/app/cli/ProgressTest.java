package io.kinerja.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress bar draws on stderr only once its delay has passed, and wipes its line when done. */
class ProgressTest {

  @Test
  void draws_the_phase_its_steps_and_the_time_then_wipes_the_line() throws Exception {
    StringWriter err = new StringWriter();
    try (Progress progress = new Progress(new PrintWriter(err), Language.EN, true, 0)) {
      progress.phase(Message.of("progress.evaluating"), 4);
      progress.step();
      Thread.sleep(600);
    }
    String drawn = err.toString();
    assertThat(drawn).startsWith("\revaluating [######..................] 1/4 ").contains(" s");
    assertThat(drawn).endsWith("\r");
  }

  @Test
  void a_phase_of_unknown_length_spins() throws Exception {
    StringWriter err = new StringWriter();
    try (Progress progress = new Progress(new PrintWriter(err), Language.ID, true, 0)) {
      progress.phase(Message.of("progress.reading"), 0);
      Thread.sleep(400);
    }
    assertThat(err.toString()).startsWith("\rmembaca rekaman |");
  }

  @Test
  void draws_nothing_before_its_delay_or_when_hidden() throws Exception {
    StringWriter err = new StringWriter();
    try (Progress progress = new Progress(new PrintWriter(err), Language.EN, true, 60_000_000_000L)) {
      progress.phase(Message.of("progress.evaluating"), 2);
      Thread.sleep(400);
    }
    try (Progress hidden = new Progress(new PrintWriter(err), Language.EN, false, 0)) {
      hidden.phase(Message.of("progress.evaluating"), 2);
      Thread.sleep(300);
    }
    assertThat(err.toString()).isEmpty();
  }
}
