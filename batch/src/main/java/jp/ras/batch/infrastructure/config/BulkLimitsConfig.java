package jp.ras.batch.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jp.ras.batch.infrastructure.excel.BulkLimits;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The bounds of an upload: {@code ras.bulk.max-rows}, {@code ras.bulk.max-megabytes} and
 * {@code ras.bulk.max-inflated-megabytes} (see the README).
 */
@ApplicationScoped
public class BulkLimitsConfig {

    public BulkLimits limits() {
        BulkLimits d = BulkLimits.defaults();
        var config = ConfigProvider.getConfig();
        int rows = config.getOptionalValue("ras.bulk.max-rows", Integer.class).orElse(d.maxRows());
        long bytes = config.getOptionalValue("ras.bulk.max-megabytes", Long.class).map(mb -> mb * 1024 * 1024)
                .orElse(d.maxBytes());
        long inflated = config.getOptionalValue("ras.bulk.max-inflated-megabytes", Long.class)
                .map(mb -> mb * 1024 * 1024).orElse(d.maxInflatedBytes());
        return new BulkLimits(bytes, rows, inflated, d.minInflateRatio());
    }

    /**
     * Parts of a file filed side by side: {@code ras.bulk.partitions}, 2 by default (the photo check decodes each
     * photo, a third of a row's time, and one thread uses one core).
     */
    public int partitions() {
        return Math.max(1, ConfigProvider.getConfig().getOptionalValue("ras.bulk.partitions", Integer.class).orElse(2));
    }

    /** Rows filed per transaction: {@code ras.bulk.chunk-size}, 100 by default. */
    public int chunkSize() {
        return ConfigProvider.getConfig().getOptionalValue("ras.bulk.chunk-size", Integer.class).orElse(100);
    }
}
