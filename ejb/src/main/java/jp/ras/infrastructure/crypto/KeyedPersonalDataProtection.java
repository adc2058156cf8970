package jp.ras.infrastructure.crypto;

import jp.ras.domain.shared.PersonalDataProtection;

/**
 * The domain's {@link PersonalDataProtection} as RAS implements it: {@link PersonalDataKey#cipher()}, the
 * AES-256-GCM cipher under {@code RAS_DATA_KEY}. Named in {@code META-INF/services}; the key is read at the first
 * use, as before (and checked at start by {@link DataKeyCheck}).
 */
public class KeyedPersonalDataProtection implements PersonalDataProtection {

    @Override
    public String encrypt(String plain) {
        return PersonalDataKey.cipher().encrypt(plain);
    }

    @Override
    public String decrypt(String stored) {
        return PersonalDataKey.cipher().decrypt(stored);
    }

    @Override
    public String lookupHash(String normalised) {
        return PersonalDataKey.cipher().lookupHash(normalised);
    }
}
