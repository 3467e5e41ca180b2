package io.kinerja.core.evaluation;

import io.kinerja.core.scoring.Aggregate;
import io.kinerja.core.text.Message;

/** A perspective's (or objective's) roll-up: its aggregate, weight and category. */
public record GroupResult(String id, String name, Double weight, Aggregate aggregate, Message category) {}
