package io.kinerja.server.plans;

import java.time.Clock;

/** The plans features, wired by the server: initiatives, alerts, the organisation views, and the clock they share. */
public record Plans(Initiatives initiatives, Alerts alerts, Organisation organisation, Clock clock) {}
