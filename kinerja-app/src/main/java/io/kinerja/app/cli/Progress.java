package io.kinerja.app.cli;

import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A progress bar on one line of the terminal's error stream, for work that takes more than a second:
 * nothing is drawn before a second has passed, so quick commands print exactly what they printed
 * before. A phase has a number of steps ({@code [#####.....] 45/108}) or none (a spinner while one long
 * query runs); a ticker thread redraws it four times a second, so the elapsed time moves even while a
 * step takes long. Closing wipes the line. A hidden progress does nothing at all.
 */
public final class Progress implements AutoCloseable {

  private static final long DELAY_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long TICK_MILLIS = 250;
  private static final int WIDTH = 24;
  private static final String SPINNER = "|/-\\";

  private final PrintWriter err;
  private final Language language;
  private final long started = System.nanoTime();
  private final long delayNanos;
  private final ScheduledExecutorService ticker;
  private Message label;
  private int total;
  private int done;
  private int ticks;
  private int drawnWidth;

  Progress(PrintWriter err, Language language, boolean shown, long delayNanos) {
    this.err = err;
    this.language = language;
    this.delayNanos = delayNanos;
    this.ticker = shown ? Executors.newSingleThreadScheduledExecutor(Progress::daemon) : null;
    if (ticker != null) {
      ticker.scheduleAtFixedRate(this::draw, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread thread = new Thread(r, "kinerja-progress");
    thread.setDaemon(true);
    return thread;
  }

  /** A progress shown when {@code asked} ({@code --progress}) or when the terminal is interactive. */
  public static Progress start(PrintWriter err, Language language, boolean asked) {
    return new Progress(err, language, asked || System.console() != null, DELAY_NANOS);
  }

  /** A progress that draws nothing. */
  public static Progress hidden() {
    return new Progress(null, Language.EN, false, DELAY_NANOS);
  }

  /** Starts a phase of {@code total} steps (0: one step of unknown length). */
  public synchronized void phase(Message label, int total) {
    this.label = label;
    this.total = total;
    this.done = 0;
  }

  public synchronized void step() {
    done++;
  }

  private synchronized void draw() {
    long elapsed = System.nanoTime() - started;
    if (label == null || elapsed < delayNanos) {
      return;
    }
    String line = label.in(language) + " " + bar() + String.format(" %.1f s", elapsed / 1e9);
    err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
    err.flush();
    drawnWidth = line.length();
  }

  private String bar() {
    if (total <= 0) {
      return String.valueOf(SPINNER.charAt(ticks++ % SPINNER.length()));
    }
    int filled = (int) ((long) WIDTH * Math.min(done, total) / total);
    return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total;
  }

  /** Stops the ticker and wipes the line, so what follows starts on a clean line. */
  @Override
  public void close() {
    if (ticker == null) {
      return;
    }
    ticker.shutdownNow();
    try {
      ticker.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (drawnWidth > 0) {
        err.print("\r" + " ".repeat(drawnWidth) + "\r");
        err.flush();
      }
    }
  }
}
