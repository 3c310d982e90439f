/**
 * The briefing domain model: a {@link io.github.briefings.model.Briefing} and its sections, each
 * stated figure a {@link io.github.briefings.model.Count} with its qualifier, wording and attribution.
 *
 * <p>Every type here is immutable and thread-safe. Structural invariants (no negative figure, well
 * formed ids, attributions that name a listed speaker) are enforced when a value is built and reported
 * together in one {@link io.github.briefings.model.InvalidValueException}; consistency between
 * figures is not enforced here but checked by validation, so an official's inconsistent numbers can
 * still be recorded. Texts and dates have the limits of {@link io.github.briefings.model.Limits}, and
 * a text is blank when nothing in it is visible.
 */
@BriefingsStyle
package io.github.briefings.model;

import io.github.briefings.internal.BriefingsStyle;
