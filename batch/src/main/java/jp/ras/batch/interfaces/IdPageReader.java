package jp.ras.batch.interfaces;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads ids in ascending order a page at a time, from a lean query of ids only. The checkpoint is the last id
 * handed out: a restarted step goes on above it, and the chunk's writer has committed everything up to it.
 */
public abstract class IdPageReader extends AbstractItemReader {

    /** Ids asked for per query: one chunk's worth. */
    protected static final int PAGE = 500;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    /** The ids above {@code after}, ascending, at most {@code max}. */
    protected abstract List<Long> page(long after, int max);

    /** Where reading starts when there is no checkpoint: ids above this. */
    protected abstract long start();

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? start() : (Long) checkpoint;
        page.clear();
        exhausted = false;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<Long> ids = page(lastId, PAGE);
            page.addAll(ids);
            exhausted = ids.size() < PAGE;
        }
        Long id = page.poll();
        if (id != null) {
            lastId = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
