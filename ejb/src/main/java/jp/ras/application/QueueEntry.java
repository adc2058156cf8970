package jp.ras.application;

/** An entry of an officer's decision queue opened in full: its row and what the row leaves out. */
public interface QueueEntry<R extends QueueRow<?>> {

    R row();
}
