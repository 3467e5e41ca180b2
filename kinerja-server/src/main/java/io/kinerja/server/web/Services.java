package io.kinerja.server.web;

import io.kinerja.server.auth.Access;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.auth.Tokens;
import io.kinerja.server.auth.Users;
import io.kinerja.server.results.Results;
import io.kinerja.server.scorecards.Scorecards;
import io.kinerja.server.store.Store;
import io.kinerja.server.units.Units;
import io.kinerja.server.values.Values;

/** The features the routes call, wired by the server. */
public record Services(Store store, Users users, Tokens tokens, Sessions sessions, Access access, Units units,
    Scorecards scorecards, Values values, Results results) {}
