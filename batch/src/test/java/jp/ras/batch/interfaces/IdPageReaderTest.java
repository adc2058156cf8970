package jp.ras.batch.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdPageReaderTest {

    /** Ids 1..1200 in pages, as the services answer; records each query's lower bound. */
    private static final class Ids extends IdPageReader {
        final List<Long> queries = new ArrayList<>();

        @Override
        protected List<Long> page(long after, int max) {
            queries.add(after);
            return LongStream.rangeClosed(after + 1, Math.min(1200, after + max)).boxed().toList();
        }

        @Override
        protected long start() {
            return 0;
        }
    }

    private static List<Long> readAll(IdPageReader reader) {
        List<Long> ids = new ArrayList<>();
        for (Object id = reader.readItem(); id != null; id = reader.readItem()) {
            ids.add((Long) id);
        }
        return ids;
    }

    @Test
    @DisplayName("Reads every id once in ascending order, one query per page, and stops after a short page")
    void readsPages() {
        Ids reader = new Ids();
        reader.open(null);
        List<Long> ids = readAll(reader);
        assertEquals(1200, ids.size());
        assertEquals(1L, ids.get(0));
        assertEquals(1200L, ids.get(1199));
        assertEquals(List.of(0L, 500L, 1000L), reader.queries);
        assertEquals(1200L, reader.checkpointInfo());
        assertNull(reader.readItem());
    }

    @Test
    @DisplayName("The checkpoint is the last id handed out; a restart goes on above it")
    void restartsAboveTheCheckpoint() {
        Ids first = new Ids();
        first.open(null);
        for (int i = 0; i < 700; i++) {
            first.readItem();
        }
        assertEquals(700L, first.checkpointInfo());
        Ids restarted = new Ids();
        restarted.open(first.checkpointInfo());
        List<Long> rest = readAll(restarted);
        assertEquals(701L, rest.get(0));
        assertEquals(500, rest.size());
    }
}
