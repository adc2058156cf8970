package jp.ras.batch.interfaces.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SweepPartitionMapperTest {

    @Test
    @DisplayName("PR5: the id range is split into contiguous ranges (after, upTo] that cover every id once")
    void pr5_rangesCoverEveryId() {
        List<long[]> ranges = SweepPartitionMapper.split(1000, 100_999, 4);
        assertEquals(4, ranges.size());
        assertEquals(999, ranges.get(0)[0]);
        assertEquals(100_999, ranges.get(3)[1]);
        for (int i = 1; i < ranges.size(); i++) {
            assertEquals(ranges.get(i - 1)[1], ranges.get(i)[0], "no gap, no overlap");
        }
    }

    @Test
    @DisplayName("PR5: fewer ids than partitions, one id, or none at all")
    void pr5_smallRanges() {
        assertEquals(3, SweepPartitionMapper.split(5, 7, 4).size());
        assertArrayEquals(new long[] {41, 42}, SweepPartitionMapper.split(42, 42, 4).get(0));
        assertArrayEquals(new long[] {0, 0}, SweepPartitionMapper.split(0, 0, 4).get(0));
        assertEquals(1, SweepPartitionMapper.split(1, 100, 0).size(), "at least one partition");
    }
}
