package io.kinerja.app;

import io.kinerja.app.cli.ExplainCommand;
import io.kinerja.app.cli.Outcome;
import io.kinerja.app.cli.ScoreCommand;
import io.kinerja.app.cli.ValidateCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kinerja} command line and the composition root. Exit codes: 0 done, 2 bad input (a
 * file, a cell, an argument: each problem printed with where it is), 1 an internal error.
 */
@Command(
    name = "kinerja",
    mixinStandardHelpOptions = true,
    version = "kinerja 0.1.0",
    description = "Measures how well a marketing and sales unit performs.",
    subcommands = {ScoreCommand.class, ValidateCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with its output going to {@code out} and problems to {@code err}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, line, parsed) -> Outcome.failed(e, args, err));
    return cli.execute(args);
  }
}
