package io.kinerja.server.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Message;
import io.kinerja.server.error.Refused;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses. The caller's mistakes get a 4xx and the stable error
 * body; anything else is Kinerja's own fault: a 500 that says so, with the details in the server's log
 * only (never a stack trace to the caller).
 */
final class Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  static void register(RoutesConfig routes) {
    routes.exception(InvalidInputException.class, (e, ctx) -> invalid(ctx, e));
    routes.exception(Refused.class, (e, ctx) -> refused(ctx, e));
    routes.exception(HttpResponseException.class, (e, ctx) -> fromJavalin(ctx, e));
    routes.exception(Exception.class, (e, ctx) -> internal(ctx, e));
    routes.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        write(ctx, 404, "not_found", Message.of("server.no_route", ctx.method().name(), ctx.path()), List.of());
      }
    });
  }

  private static void invalid(Context ctx, InvalidInputException e) {
    List<Problem> errors = e.problems().stream().filter(Problem::isError).toList();
    Message summary = errors.size() == 1 ? errors.get(0).message() : Message.of("server.invalid_input", errors.size());
    write(ctx, 422, "invalid_input", summary, errors);
  }

  private static void refused(Context ctx, Refused e) {
    int status = switch (e.reason()) {
      case MALFORMED -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case NOT_ACCEPTABLE -> 406;
      case CONFLICT -> 409;
      case TOO_LARGE -> 413;
      case UNSUPPORTED_MEDIA_TYPE -> 415;
      case THROTTLED -> 429;
    };
    if (status == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"kinerja\"");
    }
    write(ctx, status, e.reason().name().toLowerCase(java.util.Locale.ROOT), e.message(), List.of());
  }

  /** Javalin's own refusals: too large a body, a bad multipart request, no such route. */
  private static void fromJavalin(Context ctx, HttpResponseException e) {
    int status = e.getStatus();
    if (status == 413) {
      write(ctx, 413, "too_large", Message.of("server.too_large"), List.of());
    } else if (status == 404) {
      write(ctx, 404, "not_found", Message.of("server.no_route", ctx.method().name(), ctx.path()), List.of());
    } else if (status == 405) {
      write(ctx, 405, "method_not_allowed", Message.of("server.no_route", ctx.method().name(), ctx.path()), List.of());
    } else if (status < 500) {
      write(ctx, status, "bad_request", Message.of("server.bad_request", e.getMessage()), List.of());
    } else {
      internal(ctx, e);
    }
  }

  private static void internal(Context ctx, Exception e) {
    if (tooLarge(e)) {
      write(ctx, 413, "too_large", Message.of("server.too_large"), List.of());
      return;
    }
    HttpException bad = badMessage(e);
    if (bad != null && bad.getCode() < 500) {
      write(ctx, bad.getCode(), "bad_request", Message.of("server.bad_request", bad.getReason()), List.of());
      return;
    }
    LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
    write(ctx, 500, "internal", Message.of("server.internal"), List.of());
  }

  /** Jetty's refusal of a request it cannot read (a broken multipart body), wrapped by the servlet API. */
  private static HttpException badMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException bad) {
        return bad;
      }
    }
    return null;
  }

  /** Jetty reports a body over its limit as an exception of its own, sometimes wrapped. */
  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (m.contains("too large") || m.contains("exceeds max") || m.contains("maxrequestsize") || m.contains("413")) {
        return true;
      }
    }
    return false;
  }

  static void write(Context ctx, int status, String code, Message message, List<Problem> problems) {
    Language language = Languages.forMessages(ctx);
    ObjectNode body = JsonIn.MAPPER.createObjectNode();
    ObjectNode error = body.putObject("error");
    error.put("code", code);
    error.put("message", message.in(language));
    ArrayNode fields = error.putArray("fields");
    for (Problem p : problems) {
      String where = p.location().toString();
      fields.addObject().put("field", where.isEmpty() ? "body" : where).put("message", p.message().in(language));
    }
    ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
  }
}
