package jp.ras.domain.shared;

import java.util.ServiceLoader;

/** Holds the one {@link PersonalDataProtection}, loaded at first use from this module's service declaration. */
final class PersonalDataProtections {

    static final PersonalDataProtection INSTANCE = ServiceLoader
            .load(PersonalDataProtection.class, PersonalDataProtection.class.getClassLoader()).findFirst()
            .orElseThrow(() -> new IllegalStateException("no " + PersonalDataProtection.class.getName()
                    + " is declared in META-INF/services"));

    private PersonalDataProtections() {
    }
}
