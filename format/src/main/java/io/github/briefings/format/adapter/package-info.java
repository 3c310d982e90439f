/**
 * Internal: the format defined once over a stream of JSON tokens ({@link io.github.briefings.format.adapter.JsonIn},
 * {@link io.github.briefings.format.adapter.JsonOut}), which the Jackson 2 and Jackson 3 modules adapt
 * to their parsers and generators. Not for applications; it may change in any release.
 */
package io.github.briefings.format.adapter;
