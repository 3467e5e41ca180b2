package io.kinerja.app;

import io.kinerja.app.bench.BenchCommand;
import io.kinerja.app.cli.CatalogCommand;
import io.kinerja.app.cli.Command;
import io.kinerja.app.cli.ExplainCommand;
import io.kinerja.app.cli.InitCommand;
import io.kinerja.app.cli.Outcome;
import io.kinerja.app.cli.ReportBenchCommand;
import io.kinerja.app.cli.ReportCommand;
import io.kinerja.app.cli.ScoreCommand;
import io.kinerja.app.cli.ServeCommand;
import io.kinerja.app.cli.ValidateCommand;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code kinerja} command line and the composition root. Exit codes: 0 done, 2 bad input (a file,
 * a cell, an argument: each problem printed with where it is), 1 an internal error.
 *
 * <p>The arguments are parsed by {@link io.kinerja.app.cli.Args} rather than a CLI library: a command
 * must start in well under a second, and the library we tried (picocli) is compiled for Java 5, so it
 * cannot enter the class-data-sharing archive, and its reflective model cost about 0.15 s per start.
 */
public final class Main {

  static final String VERSION = "kinerja 0.1.0";

  private static final List<Command> COMMANDS =
      List.of(new ScoreCommand(), new ValidateCommand(), new ExplainCommand(), new AhpCommand(),
          new CatalogCommand(), new InitCommand(), new ReportCommand(), new ReportBenchCommand(), new BenchCommand(),
          new ServeCommand());

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with its output going to {@code out} and problems to {@code err}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    try {
      return dispatch(args, out, err);
    } catch (RuntimeException e) {
      return Outcome.failed(e, args, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int dispatch(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      out.print(usage());
      return 0;
    }
    if (args[0].equals("--version") || args[0].equals("-V")) {
      out.println(VERSION);
      return 0;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (args[0].equals("help")) {
      return help(rest, out);
    }
    Command command = command(args[0]);
    if (rest.contains("--help") || rest.contains("-h")) {
      out.print(command.usage());
      return 0;
    }
    return command.run(rest, out, err);
  }

  private static int help(List<String> rest, PrintWriter out) {
    out.print(rest.isEmpty() ? usage() : command(rest.get(0)).usage());
    return 0;
  }

  private static Command command(String name) {
    for (Command command : COMMANDS) {
      if (command.name().equals(name)) {
        return command;
      }
    }
    throw InvalidInputException.of(Location.field(name), "cli.unknown_command", name,
        String.join(", ", COMMANDS.stream().map(Command::name).toList()));
  }

  static String usage() {
    StringBuilder text = new StringBuilder();
    text.append("Usage: kinerja COMMAND [ARGS…]\n");
    text.append("Measures how well a marketing and sales unit performs.\n\nCommands:\n");
    for (Command command : COMMANDS) {
      text.append(String.format("  %-10s %s%n", command.name(), command.summary()));
    }
    text.append(String.format("  %-10s %s%n", "help", "Shows the usage of a command: kinerja help score"));
    text.append("\nOptions: --help, --version\n");
    text.append("Exit codes: 0 done, 2 bad input (each problem says where), 1 internal error.\n");
    return text.toString();
  }
}
