package io.kinerja.core.model;

/** A score decided by people rather than computed (a review meeting's verdict), always shown as such. */
public record Override(double score, String note) {}
