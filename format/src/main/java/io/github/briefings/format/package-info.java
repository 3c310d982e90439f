/**
 * The briefings JSON format, whichever Jackson reads it: {@link io.github.briefings.format.AmountRepresentation},
 * the option both Jackson modules take, and {@link io.github.briefings.format.JsonFormat}, the format's
 * version and schemas. The package {@code io.github.briefings.format.adapter} is internal.
 */
package io.github.briefings.format;
