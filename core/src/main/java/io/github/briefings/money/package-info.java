/**
 * Money and currency conversion: {@link io.github.briefings.money.Money} amounts that keep their
 * stated scale, dated exchange rates with their derivation, and conversions that carry an audit
 * trail. Nothing here touches the network or holds global state; every type is immutable and
 * thread-safe.
 */
@BriefingsStyle
package io.github.briefings.money;

import io.github.briefings.internal.BriefingsStyle;
