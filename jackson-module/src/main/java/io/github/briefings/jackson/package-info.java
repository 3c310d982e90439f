/**
 * The Jackson module of the briefings JSON format: register
 * {@link io.github.briefings.jackson.BriefingsModule} on an {@code ObjectMapper}. Everything else in
 * this package is internal.
 */
package io.github.briefings.jackson;
