package io.github.briefings.model;

/** Where an official under investigation stands in the proceedings. */
public enum OfficialStatus {
  /** Considered a suspect. */
  SUSPECT,
  /** Detained. */
  DETAINED,
  /** Charged. */
  CHARGED,
  /** Convicted. */
  CONVICTED
}
