/**
 * The Jackson 3 module of the briefings JSON format: register
 * {@link io.github.briefings.jackson3.BriefingsModule} on a {@code JsonMapper}. Everything else in
 * this package is internal except {@link io.github.briefings.jackson3.JsonDocuments} and
 * {@link io.github.briefings.jackson3.PackageVersion}.
 */
package io.github.briefings.jackson3;
