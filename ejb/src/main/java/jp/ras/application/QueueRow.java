package jp.ras.application;

/** A row of an officer's decision queue: which entry, at which office, in which state. */
public interface QueueRow<S extends Enum<S>> {

    long id();

    String officeCode();

    S state();
}
