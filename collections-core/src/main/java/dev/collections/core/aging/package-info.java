/**
 * Aging of receivables: buckets over days past due, summary reports that merge, and the detail view
 * per receivable.
 *
 * <p>An {@link dev.collections.core.aging.AgingScheme} orders {@link
 * dev.collections.core.aging.AgingBucket}s that tile the day axis and says whether ages count from
 * the due date or the invoice date. An {@link dev.collections.core.aging.AgingReport} totals open
 * balances per currency and bucket, flags disputed amounts apart, keeps credit balances on their
 * own line and merges associatively; an {@link dev.collections.core.aging.AgingDetail} lists each
 * receivable's bucket.
 *
 * <pre>{@code
 * AgingReport report = AgingReport.of(asOf, AgingScheme.standard(), receivables);
 * }</pre>
 */
@CollectionsStyle
@NullMarked
package dev.collections.core.aging;

import dev.collections.core.CollectionsStyle;
import org.jspecify.annotations.NullMarked;
