package jp.ras.application;

import java.io.Serializable;

/**
 * What an officer's queue shows: one office or all ({@code officeCode} null), one state or all ({@code state}
 * null), and organisations whose name contains {@code organisation} (null for every one).
 *
 * @param <S> the queue's states
 */
public record QueueFilter<S extends Enum<S>>(String officeCode, S state, String organisation) implements Serializable {
}
