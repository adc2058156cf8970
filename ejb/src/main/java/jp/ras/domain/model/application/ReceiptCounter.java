package jp.ras.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** RN2: the last receipt number given by one office in one year. */
@Entity
@Table(name = "receipt_counter")
public class ReceiptCounter {

    @Id
    @Column(name = "counter_key", length = 48)
    private String key;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected ReceiptCounter() {
    }

    public ReceiptCounter(String officeCode, int year) {
        this.key = key(officeCode, year);
    }

    public static String key(String officeCode, int year) {
        return officeCode + ":" + year;
    }

    /** The next number of this office and year. */
    public long next() {
        return ++lastValue;
    }
}
