package jp.ras.domain.model.application;

import java.time.LocalDate;

/**
 * RC5, RC6, RC7: what the officer records when the card went by post, each part by its name
 * ({@code PostHandOver.builder().itemsAtThisOffice(true).feeFormSigned(true)…build()}); checked by
 * {@link ResidenceApplication#handOverByPost}.
 */
public final class PostHandOver {

    private final boolean itemsAtThisOffice;
    private final boolean feeFormSigned;
    private final int stampsYen;
    private final String dispatchedTo;
    private final LocalDate deliveredOn;
    private final boolean oldCardPunchedAndReturned;

    private PostHandOver(Builder b) {
        itemsAtThisOffice = b.itemsAtThisOffice;
        feeFormSigned = b.feeFormSigned;
        stampsYen = b.stampsYen;
        dispatchedTo = b.dispatchedTo;
        deliveredOn = b.deliveredOn;
        oldCardPunchedAndReturned = b.oldCardPunchedAndReturned;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** RC5: the application's items came to this office (Q57). */
    public boolean itemsAtThisOffice() {
        return itemsAtThisOffice;
    }

    /** RC5: the fee form is signed by the applicant (Q49, Q56). */
    public boolean feeFormSigned() {
        return feeFormSigned;
    }

    /** RC5: the revenue stamps on the fee form, in yen. */
    public int stampsYen() {
        return stampsYen;
    }

    /** RC5: where the card was sent: the organisation's address (staff) or the agent's office. */
    public String dispatchedTo() {
        return dispatchedTo;
    }

    /** RC6: the delivery date, the effective date. */
    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    /** RC7: the old card was punched and returned. */
    public boolean oldCardPunchedAndReturned() {
        return oldCardPunchedAndReturned;
    }

    /** Every part is false, 0 or null until set. */
    public static final class Builder {

        private boolean itemsAtThisOffice;
        private boolean feeFormSigned;
        private int stampsYen;
        private String dispatchedTo;
        private LocalDate deliveredOn;
        private boolean oldCardPunchedAndReturned;

        private Builder() {
        }

        public Builder itemsAtThisOffice(boolean value) {
            itemsAtThisOffice = value;
            return this;
        }

        public Builder feeFormSigned(boolean value) {
            feeFormSigned = value;
            return this;
        }

        public Builder stampsYen(int value) {
            stampsYen = value;
            return this;
        }

        public Builder dispatchedTo(String value) {
            dispatchedTo = value;
            return this;
        }

        public Builder deliveredOn(LocalDate value) {
            deliveredOn = value;
            return this;
        }

        public Builder oldCardPunchedAndReturned(boolean value) {
            oldCardPunchedAndReturned = value;
            return this;
        }

        public PostHandOver build() {
            return new PostHandOver(this);
        }
    }
}
