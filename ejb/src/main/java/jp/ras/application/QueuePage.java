package jp.ras.application;

import java.io.Serializable;
import java.util.List;

/** One page of an officer's queue and the number of rows of all its pages. */
public record QueuePage<R>(List<R> rows, long total) implements Serializable {
}
