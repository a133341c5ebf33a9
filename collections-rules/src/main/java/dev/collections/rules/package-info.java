/**
 * Compliance rules and business policies over the values of collections-core.
 *
 * <p>Each rule explains itself: a decision names the rules it applied and, for a denial, the legal
 * text it enforces as a {@link dev.collections.rules.Citation}. The FDCPA / Regulation F rules,
 * state overlays and treatment strategies build on this package.
 *
 * <pre>{@code
 * Citation callFrequency = Citation.cfr(12, "1006.14(b)(2)(i)(A)");
 * }</pre>
 */
@CollectionsStyle
@NullMarked
package dev.collections.rules;

import dev.collections.core.CollectionsStyle;
import org.jspecify.annotations.NullMarked;
