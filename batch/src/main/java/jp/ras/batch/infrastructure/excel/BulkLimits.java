package jp.ras.batch.infrastructure.excel;

/**
 * What an upload may be: its size in bytes, its data rows, and (against zip bombs) the bytes its ZIP entries may
 * inflate to in all and the least ratio of compressed to inflated size of an entry.
 */
public record BulkLimits(long maxBytes, int maxRows, long maxInflatedBytes, double minInflateRatio) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS = 100_000;
    public static final long DEFAULT_MAX_INFLATED_BYTES = 200L * 1024 * 1024;
    public static final double DEFAULT_MIN_INFLATE_RATIO = 0.01;

    public BulkLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxInflatedBytes <= 0 || minInflateRatio < 0 || minInflateRatio >= 1) {
            throw new IllegalArgumentException("bad limits: " + maxBytes + ", " + maxRows + ", " + maxInflatedBytes
                    + ", " + minInflateRatio);
        }
    }

    /** 20 MB, 100 000 rows, 200 MB inflated, ratio 0.01 (POI's own default). */
    public static BulkLimits defaults() {
        return new BulkLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, DEFAULT_MAX_INFLATED_BYTES,
                DEFAULT_MIN_INFLATE_RATIO);
    }

    public BulkLimits withMaxRows(int rows) {
        return new BulkLimits(maxBytes, rows, maxInflatedBytes, minInflateRatio);
    }

    public BulkLimits withMaxBytes(long bytes) {
        return new BulkLimits(bytes, maxRows, maxInflatedBytes, minInflateRatio);
    }

    public BulkLimits withMaxInflatedBytes(long bytes) {
        return new BulkLimits(maxBytes, maxRows, bytes, minInflateRatio);
    }
}
